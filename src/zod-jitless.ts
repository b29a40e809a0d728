import { z } from 'zod/v4';

/**
 * zod, jitless. zod compiles fast parsers with `new Function` after probing whether it may;
 * under the page's Content-Security-Policy (script-src 'self', no 'unsafe-eval') that probe is
 * reported as a violation. zod decides when each object schema is built, and a bundle may run a
 * chunk that builds schemas before the entry's first line, so the setting cannot wait for the
 * entry: vite.config.ts points every `import … from 'zod'` here, and this module runs before
 * whatever imports it. Jitless parsing is plenty fast for activity files and backups.
 */
z.config({ jitless: true });

export * from 'zod/v4';
export { z };
export default z;
