/**
 * Everything the end-to-end specs share: `test` and `expect` (with the page checks every test
 * gets), the twins, acting by key, mouse or finger, the stored evidence, the sounds heard.
 */
export { expect, failOnCspViolation, GAME_SPEED, test, useGameSpeed } from './fixtures.ts';
export * from './act.ts';
export * from './app.ts';
export * from './evidence.ts';
export { LRS, LRS_DIRECT } from './lrs.ts';
export * from './sounds.ts';
export * from './twins.ts';
