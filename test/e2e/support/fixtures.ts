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
 * The `test` every spec uses (import it from `./support/index.ts`, never from Playwright).
 * Checks that every page of every test must pass belong here, as page fixtures with
 * `{ auto: true }`: one place, and no spec can forget them.
 */
export const test = base.extend<{ cspWatch: undefined }>({
  cspWatch: [
    async ({ context }, use) => {
      const check = await failOnCspViolation(context);
      await use(undefined);
      check();
    },
    { auto: true },
  ],
});

export { expect };
