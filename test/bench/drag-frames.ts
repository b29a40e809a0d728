import type { Browser } from '@playwright/test';
import { allowNamedFunctions, quantile } from './page-helpers.ts';

/**
 * Frames while a child drags a card across the library's largest sort (14 pictures with words), with the CPU slowed 4×. Two
 * figures: the main-thread time of each frame (Phaser's update and render commands, from the
 * player's own User Timing), which is what 60 fps needs under 16.7 ms; and the interval
 * between frames, which headless Chromium's software WebGL (SwiftShader) dominates and a
 * tablet's GPU does not: reported, not budgeted.
 */
export async function measureDragFrames(browser: Browser, base: string): Promise<{ median: number; p95: number; frames: number; intervalMedian: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${base}?frame-timing#/play/l2-vat-song`);
  const card = page.locator('#twins .twin[aria-label^="Chọn:"]').first();
  await card.waitFor();
  const from = await card.boundingBox();
  const to = await page.locator('#twins .twin[aria-label^="Đặt vào:"]').last().boundingBox();
  if (!from || !to) throw new Error('no card or bin');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await allowNamedFunctions(page);
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.evaluate(() => performance.clearMeasures('lopvui:frame'));
  await page.mouse.down();
  // Back and forth over the board for about three seconds, as a hesitating child would.
  for (let i = 0; i < 90; i++) {
    const k = (Math.sin(i / 9) + 1) / 2;
    await page.mouse.move(start.x + (to.x - start.x) * k, start.y + (to.y + 40 - start.y) * k);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const { intervals, work } = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return { intervals: w.__frames.slice(2), work: performance.getEntriesByName('lopvui:frame').map((e) => e.duration) };
  });
  await context.close();
  return { median: quantile(work, 0.5), p95: quantile(work, 0.95), frames: work.length, intervalMedian: quantile(intervals, 0.5) };
}
