/** The test LRS itself (test/lrs/start-lrs.cjs, started by the Playwright config), on loopback. */
export const LRS_DIRECT = 'http://127.0.0.1:8091/xAPI/';
/**
 * The test LRS as the player reaches it: through the preview server (vite.config.ts, `/xAPI`),
 * so the page talks to its own origin under the shipped Content-Security-Policy.
 */
export const LRS = 'http://127.0.0.1:4173/xAPI/';
