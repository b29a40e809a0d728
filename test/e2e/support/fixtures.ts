import { test as base, type BrowserContext, expect } from '@playwright/test';

/**
 * Fail the test on any Content-Security-Policy violation in any page of its context: the
 * player must run whole under the policy in index.html (issue 16).
 */
export async function failOnCspViolation(context: BrowserContext): Promise<() => void> {
  const violations: string[] = [];
  await context.exposeBinding('__lopvuiCspViolation', ({ page }, text: string) => void violations.push(`${page?.url() ?? ''}: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __lopvuiCspViolation?: (t: string) => void }).__lopvuiCspViolation;
      report?.(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return () => expect(violations, 'Content-Security-Policy violations').toEqual([]);
}

/**
 * How many times faster the game's clock runs in a test, unless the spec says otherwise;
 * LOPVUI_GAME_SPEED=1 runs the whole suite at a person's pace.
 */
export const GAME_SPEED = Number(process.env.LOPVUI_GAME_SPEED ?? 4);

/**
 * Every sentence the live region says, in `window.__said` (read with `said()` in app.ts): at the
 * test speed the end screen's words can follow a last answer's "Đúng rồi!" within a few frames,
 * sooner than a look at the region now.
 */
function recordLive(): void {
  const said: string[] = [];
  Object.assign(window, { __said: said });
  addEventListener('DOMContentLoaded', () => {
    const live = document.getElementById('live');
    if (live) new MutationObserver(() => live.textContent && said.push(live.textContent)).observe(live, { childList: true, characterData: true, subtree: true });
  });
}

/** The game's clock `speed` times faster in every page of `context` (the fixture does it for the test's own context). */
export async function useGameSpeed(context: BrowserContext, speed = GAME_SPEED): Promise<void> {
  if (speed !== 1) await context.addInitScript((s) => Object.assign(window, { __lopvuiTestSpeed: s }), speed);
}

/**
 * The `test` every spec uses (import it from `./support/index.ts`, never from Playwright).
 * Checks that every page of every test must pass belong here, as page fixtures with
 * `{ auto: true }`: one place, and no spec can forget them.
 *
 * `gameSpeed`: the game's own clock runs this many times faster in every page of the test's
 * context (src/app/test-speed.ts): the pauses after an answer, the "wrong" colour's hold and
 * the page turns take a fraction of a person's time, and the tests await what follows them.
 * A spec that reads something during such a pause says `test.use({ gameSpeed: 1 })`.
 */
export const test = base.extend<{ cspWatch: undefined; gameSpeed: number; speedUp: undefined }>({
  cspWatch: [
    async ({ context }, use) => {
      const check = await failOnCspViolation(context);
      await use(undefined);
      check();
    },
    { auto: true },
  ],
  gameSpeed: [GAME_SPEED, { option: true }],
  speedUp: [
    async ({ context, gameSpeed }, use) => {
      await useGameSpeed(context, gameSpeed);
      await context.addInitScript(recordLive);
      await use(undefined);
    },
    { auto: true },
  ],
});

/**
 * `expect.poll` looks again every 200 ms at most, not every second: a condition met a moment after
 * the first looks (a sentence said after an answer's pause, a record landing in IndexedDB) is seen
 * when it happens, not up to a second later, in every one of the dozens of places the specs wait so.
 */
const POLL_INTERVALS = [50, 100, 200];
const poll = expect.poll;
expect.poll = ((actual, options) =>
  poll(actual, typeof options === 'string' ? { message: options, intervals: POLL_INTERVALS } : { intervals: POLL_INTERVALS, ...options })) as typeof expect.poll;

export { expect };
