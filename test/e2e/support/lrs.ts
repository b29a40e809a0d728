/** The test LRS's xAPI endpoint (test/lrs/start-lrs.cjs, started by the Playwright config). */
export const LRS = 'http://127.0.0.1:8091/xAPI/';
