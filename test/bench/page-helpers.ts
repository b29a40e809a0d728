import type { Page } from '@playwright/test';

/**
 * tsx (esbuild, keeping names) wraps named inner functions in a `__name` helper that a page
 * does not have; functions the bench sends into a page need it defined there.
 */
export async function allowNamedFunctions(page: Page): Promise<void> {
  await page.evaluate('window.__name = (f) => f');
}

/** The value below which a fraction `q` of `xs` lies (0.5: the median). */
export const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
