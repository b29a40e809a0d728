import type { Page } from '@playwright/test';

/**
 * tsx (esbuild, keeping names) wraps named inner functions in a `__name` helper that a page
 * does not have; functions the bench sends into a page need it defined there.
 */
export async function allowNamedFunctions(page: Page): Promise<void> {
  await page.evaluate('window.__name = (f) => f');
}
