import type { Browser } from '@playwright/test';
import { allowNamedFunctions, quantile } from './page-helpers.ts';

/**
 * Main-thread time of each frame while a story page turns (the slide, the new scene, its
 * words laid out), with the CPU slowed 4×: the player's own `lopvui:frame` User Timing.
 */
export async function measureStoryTurn(browser: Browser, base: string): Promise<{ median: number; p95: number; frames: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${base}?frame-timing#/play/truyen-meo-con-di-choi`);
  await page.locator('#twins .twin').nth(1).waitFor();
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await allowNamedFunctions(page);
  const work: number[] = [];
  // Three turns forward and back, each followed for a second and a half.
  for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowRight']) {
    await page.evaluate(() => performance.clearMeasures('lopvui:frame'));
    await page.keyboard.press(key);
    await page.waitForTimeout(1500);
    work.push(...(await page.evaluate(() => performance.getEntriesByName('lopvui:frame').map((e) => e.duration))));
  }
  await context.close();
  return { median: quantile(work, 0.5), p95: quantile(work, 0.95), frames: work.length };
}
