import type { Browser } from '@playwright/test';

/**
 * The JS heap after each of `n` activities played in a row in one page (opened, its first
 * screen drawn, left for the menu), after a forced garbage collection: scenes, textures,
 * sounds and listeners must be released, so the curve flattens instead of climbing.
 */
export async function measureMemoryCurve(browser: Browser, base: string, ids: string[], n = 50): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.locator('.tile').first().waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const heap: number[] = [];
  for (let i = 0; i < n; i++) {
    const id = ids[i % ids.length]!;
    await page.evaluate((h) => (location.hash = h), `#/play/${id}`);
    await page.locator('#twins .twin').nth(1).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    await page.evaluate(() => (location.hash = '#/'));
    await page.locator('.tile').first().waitFor();
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    heap.push(usedSize / 1024 / 1024);
  }
  await context.close();
  return heap;
}
