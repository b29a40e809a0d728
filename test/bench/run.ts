/**
 * npm run bench: builds the player and measures it in headless Chromium.
 * Prints a table, writes bench/results.json, exits 1 when a budget is broken.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';
import { bundleSizes } from './bundle-size.ts';
import { measureDragFrames } from './drag-frames.ts';
import { measureMemoryCurve } from './memory-curve.ts';
import { quantile } from './page-helpers.ts';
import { measureStoryTurn } from './story-frames.ts';
import { activityIds, measureValidation } from './validation-throughput.ts';
import { LEARNERS, measureTeacherView, PER_LEARNER } from './teacher-view.ts';

const root = path.resolve(import.meta.dirname, '../..');
const RUNS = 7;
const THROTTLE = 4;

interface Figure {
  name: string;
  value: number;
  unit: string;
  budget?: number;
}

const median = (xs: number[]) => quantile(xs, 0.5);

/**
 * ms from navigation start until `selector` is in the DOM, CPU throttled: cold (a fresh
 * context, everything from the server) or warm (a context whose service worker holds the app).
 */
async function firstTappable(browser: Browser, url: string, selector: string, throttle = THROTTLE, warm = false): Promise<number> {
  const times: number[] = [];
  const shared = warm ? await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'allow' }) : undefined;
  if (shared) {
    const first = await shared.newPage();
    await first.goto(url);
    await first.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await first.close();
  }
  for (let i = 0; i < RUNS; i++) {
    const context = shared ?? (await browser.newContext({ viewport: { width: 1280, height: 720 } }));
    const page = await context.newPage();
    // The page itself notes when the element first appears: no polling delay in the figure.
    await page.addInitScript((sel) => {
      const w = window as unknown as { __tappableAt?: number };
      new MutationObserver((_, obs) => {
        if (document.querySelector(sel)) {
          w.__tappableAt = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, selector);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(selector, { state: 'attached', timeout: 60_000 });
    times.push(await page.evaluate(() => (window as unknown as { __tappableAt: number }).__tappableAt));
    if (shared) {
      const fromWorker = await page.evaluate(() => !!navigator.serviceWorker.controller);
      if (!fromWorker) throw new Error('the warm page was not served by the service worker');
      await page.close();
    } else await context.close();
  }
  await shared?.close();
  return median(times);
}

async function main(): Promise<void> {
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
  const sizes = bundleSizes(path.join(root, 'dist'));
  const server = await preview({ root, logLevel: 'silent', preview: { port: 4179, strictPort: true, host: '127.0.0.1' } });
  const base = 'http://127.0.0.1:4179/';
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const menu = await firstTappable(browser, base, '.tile');
    const menuWarm = await firstTappable(browser, base, '.tile', THROTTLE, true);
    const optionSelector = '#twins .twin[aria-label^="Lựa chọn"]';
    const option = await firstTappable(browser, `${base}#/play/mn-con-vat-keu`, optionSelector);
    const optionFast = await firstTappable(browser, `${base}#/play/mn-con-vat-keu`, optionSelector, 1);
    const drag = await measureDragFrames(browser, base);
    const story = await measureStoryTurn(browser, base);
    const heap = await measureMemoryCurve(browser, base, activityIds());
    const validation = measureValidation(root, 1000);
    const teacher = await measureTeacherView(browser, base);
    const scale = `${LEARNERS} learners x ${PER_LEARNER.toLocaleString('en')}`;
    const figures: Figure[] = [
      { name: 'first load, gzip (HTML, CSS, JS; fonts apart)', value: sizes.firstLoadGzip / 1024, unit: 'KB', budget: 600 },
      { name: 'fonts, woff2 (the ranges a page uses)', value: sizes.fontBytes / 1024, unit: 'KB' },
      { name: 'everything, gzip (Phaser included)', value: sizes.totalGzip / 1024, unit: 'KB' },
      { name: `menu: first tappable tile, cold, CPU ${THROTTLE}x`, value: menu, unit: 'ms', budget: 1500 },
      { name: `menu: first tappable tile, warm (service worker), CPU ${THROTTLE}x`, value: menuWarm, unit: 'ms', budget: 800 },
      { name: `choice: first tappable option, cold, CPU ${THROTTLE}x`, value: option, unit: 'ms' },
      { name: 'choice: first tappable option, cold, no throttle', value: optionFast, unit: 'ms' },
      { name: `drag, 14-picture sort, CPU ${THROTTLE}x: frame work, median (${drag.frames} frames)`, value: drag.median, unit: 'ms', budget: 1000 / 60 },
      { name: `drag, 14-picture sort, CPU ${THROTTLE}x: frame work, 95th percentile`, value: drag.p95, unit: 'ms', budget: 50 },
      { name: `drag, 14-picture sort, CPU ${THROTTLE}x: frame interval (SwiftShader)`, value: drag.intervalMedian, unit: 'ms' },
      { name: `story page turn, CPU ${THROTTLE}x: frame work, median (${story.frames} frames)`, value: story.median, unit: 'ms', budget: 1000 / 60 },
      { name: `story page turn, CPU ${THROTTLE}x: frame work, 95th percentile`, value: story.p95, unit: 'ms', budget: 50 },
      { name: `heap after activity 10 of ${heap.length}`, value: heap[9] ?? NaN, unit: 'MB' },
      { name: `heap after activity ${heap.length} of ${heap.length}`, value: heap[heap.length - 1] ?? NaN, unit: 'MB' },
      { name: `heap growth, activities 10 -> ${heap.length}`, value: (heap[heap.length - 1] ?? NaN) - (heap[9] ?? NaN), unit: 'MB', budget: 5 },
      { name: `validation, a library of ${validation.files} files`, value: validation.filesPerSecond, unit: 'files/s' },
      { name: `teacher's view ready after the PIN (${scale})`, value: teacher.viewReadyMs, unit: 'ms', budget: 1000 },
      { name: `teacher's view, first open after an import or crash (recount)`, value: teacher.recountMs, unit: 'ms' },
      { name: 'recording one answer, main thread, median (timer: 0.1 ms steps)', value: teacher.recordMedianMs, unit: 'ms', budget: 2 },
    ];
    report(figures, { heap: heap.map((h) => Number(h.toFixed(2))) });
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

function report(figures: Figure[], curves: Record<string, number[]>): void {
  const broken = figures.filter((f) => f.budget !== undefined && f.value > f.budget);
  console.log(`\n${'figure'.padEnd(60)} ${'value'.padStart(10)}  budget`);
  for (const f of figures) {
    const limit = f.budget === undefined ? '' : `<= ${Number(f.budget.toFixed(1))} ${f.unit}`;
    const mark = f.budget === undefined ? '' : f.value <= f.budget ? `${limit}  ok` : `${limit}  BROKEN`;
    console.log(`${f.name.padEnd(60)} ${`${f.value.toFixed(f.value < 10 ? 2 : 0)} ${f.unit}`.padStart(10)}  ${mark}`);
  }
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  for (const [name, values] of Object.entries(curves)) console.log(`${name} (MB, after each activity): ${values.map((v) => v.toFixed(1)).join(' ')}`);
  writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, figures, curves }, null, 2)}\n`);
  if (broken.length) process.exitCode = 1;
}

await main();
