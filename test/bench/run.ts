/**
 * npm run bench: builds the player and measures it in headless Chromium.
 * Prints a table, writes bench/results.json, exits 1 when a budget is broken.
 * First taps are budgeted as ratios to the H5P peer measured in the same run (../shared/bench/side-by-side.mjs
 * for the choice activity; the menu the same way, in the same browser set-up): absolute milliseconds on a
 * shared machine break budgets for no reason.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { bundleSizes } from './bundle-size.ts';
import { measureDragFrames } from './drag-frames.ts';
import { IMPORTED, measureImportLongestTask } from './import-long-tasks.ts';
import { measureMemoryCurve } from './memory-curve.ts';
import { menuFirstTap } from './menu-first-tap.ts';
import { quantile } from './page-helpers.ts';
import { SIDE_BY_SIDE, sideBySideWith } from './peer.ts';
import { measureStoryTurn } from './story-frames.ts';
import { activityIds, measureHostileValidation, measureValidation } from './validation-throughput.ts';
import { LEARNERS, measureTeacherView, PER_LEARNER } from './teacher-view.ts';

const root = path.resolve(import.meta.dirname, '../..');
const RUNS = 7;
const THROTTLE = 4;
/** `npm run bench -- --first-tap`: the sizes and the first taps only (the rest takes minutes). */
const FIRST_TAP_ONLY = process.argv.includes('--first-tap');

interface Figure {
  name: string;
  value: number;
  unit: string;
  budget?: number;
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
    // First taps against the H5P peer measured in the same run (a shared machine's load moves both).
    // The menu's samples are taken between the peer's rounds, so a drift in the machine's load moves both alike.
    const menuCold: number[] = [];
    const menuWarmed: number[] = [];
    const peer = await sideBySideWith(root, THROTTLE, RUNS, async () => {
      menuCold.push(await menuFirstTap(base, THROTTLE, 1, false));
      menuWarmed.push(await menuFirstTap(base, THROTTLE, 1, true));
    });
    const p = peer.summary;
    const menu = quantile(menuCold, 0.5);
    const menuWarm = quantile(menuWarmed, 0.5);
    const firstTaps: Figure[] = [
      { name: 'first load, gzip (HTML, CSS, JS; fonts apart)', value: sizes.firstLoadGzip / 1024, unit: 'KB', budget: 600 },
      { name: 'fonts, woff2 (the ranges a page uses)', value: sizes.fontBytes / 1024, unit: 'KB' },
      { name: 'everything, gzip (Phaser included)', value: sizes.totalGzip / 1024, unit: 'KB' },
      { name: `choice: first tap, cold, CPU ${THROTTLE}x, / H5P cold`, value: p.ratio_cold, unit: 'x', budget: 0.8 },
      { name: `choice: first tap, warm, CPU ${THROTTLE}x, / H5P warm`, value: p.ratio_warm_vs_h5p_warm, unit: 'x', budget: 0.5 },
      { name: `menu: first tap on a tile, cold, CPU ${THROTTLE}x, / H5P cold`, value: menu / p.h5p_ms, unit: 'x', budget: 0.5 },
      { name: `menu: first tap on a tile, warm, CPU ${THROTTLE}x, / H5P warm`, value: menuWarm / p.h5p_warm_ms, unit: 'x', budget: 0.5 },
      { name: 'choice: bytes sent before the first tap, cold, / H5P', value: p.bytes_to_tap.lv_cold / p.bytes_to_tap.h5p, unit: 'x', budget: 1 },
      { name: `H5P peer: first tap, cold, CPU ${THROTTLE}x`, value: p.h5p_ms, unit: 'ms' },
      { name: `H5P peer: first tap, warm (HTTP cache), CPU ${THROTTLE}x`, value: p.h5p_warm_ms, unit: 'ms' },
      { name: `choice: first tap, cold, CPU ${THROTTLE}x`, value: p.lv_cold_ms, unit: 'ms' },
      { name: `choice: first tap, warm (service worker), CPU ${THROTTLE}x`, value: p.lv_warm_ms, unit: 'ms' },
      { name: `menu: first tap on a tile, cold, CPU ${THROTTLE}x`, value: menu, unit: 'ms' },
      { name: `menu: first tap on a tile, warm (service worker), CPU ${THROTTLE}x`, value: menuWarm, unit: 'ms' },
      { name: 'choice: bytes sent before the first tap, cold', value: p.bytes_to_tap.lv_cold / 1024, unit: 'KB' },
      { name: 'H5P peer: bytes sent before the first tap, cold', value: p.bytes_to_tap.h5p / 1024, unit: 'KB' },
    ];
    const sideBySideResults = { script: SIDE_BY_SIDE, summary: p, samples: peer.samples };
    if (FIRST_TAP_ONLY) return report(firstTaps, {}, sideBySideResults);
    const drag = await measureDragFrames(browser, base);
    const story = await measureStoryTurn(browser, base);
    const heap = await measureMemoryCurve(browser, base, activityIds());
    const validation = measureValidation(root, 1000);
    const hostile = measureHostileValidation(root);
    const teacher = await measureTeacherView(browser, base);
    const imported = await measureImportLongestTask(browser, base);
    const scale = `${LEARNERS} learners x ${PER_LEARNER.toLocaleString('en')}`;
    const figures: Figure[] = [
      ...firstTaps,
      { name: `drag, 14-picture sort, CPU ${THROTTLE}x: frame work, median (${drag.frames} frames)`, value: drag.median, unit: 'ms', budget: 1000 / 60 },
      { name: `drag, 14-picture sort, CPU ${THROTTLE}x: frame work, 95th percentile`, value: drag.p95, unit: 'ms', budget: 50 },
      { name: `drag, 14-picture sort, CPU ${THROTTLE}x: frame interval (SwiftShader)`, value: drag.intervalMedian, unit: 'ms' },
      { name: `story page turn, CPU ${THROTTLE}x: frame work, median (${story.frames} frames)`, value: story.median, unit: 'ms', budget: 1000 / 60 },
      { name: `story page turn, CPU ${THROTTLE}x: frame work, 95th percentile`, value: story.p95, unit: 'ms', budget: 50 },
      { name: `heap after activity 10 of ${heap.length}`, value: heap[9] ?? NaN, unit: 'MB' },
      { name: `heap after activity ${heap.length} of ${heap.length}`, value: heap[heap.length - 1] ?? NaN, unit: 'MB' },
      { name: `heap growth, activities 10 -> ${heap.length}`, value: (heap[heap.length - 1] ?? NaN) - (heap[9] ?? NaN), unit: 'MB', budget: 5 },
      { name: `validation, a library of ${validation.files} files`, value: validation.filesPerSecond, unit: 'files/s' },
      { name: `validation, worst hostile file (${hostile.what})`, value: hostile.worstMs, unit: 'ms', budget: 1000 },
      { name: `teacher's view ready after the PIN (${scale})`, value: teacher.viewReadyMs, unit: 'ms', budget: 1000 },
      { name: `teacher's view, first open after an import or crash (recount)`, value: teacher.recountMs, unit: 'ms' },
      { name: 'recording one answer, main thread, median (timer: 0.1 ms steps)', value: teacher.recordMedianMs, unit: 'ms', budget: 2 },
      { name: `importing a backup of ${IMPORTED.toLocaleString('en')} statements: longest task (0: none over 50 ms)`, value: imported.longestMs, unit: 'ms', budget: 200 },
      { name: `importing a backup of ${IMPORTED.toLocaleString('en')} statements: total`, value: imported.totalMs, unit: 'ms' },
    ];
    report(figures, { heap: heap.map((h) => Number(h.toFixed(2))) }, sideBySideResults);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

function report(figures: Figure[], curves: Record<string, number[]>, sideBySide: unknown): void {
  const broken = figures.filter((f) => f.budget !== undefined && f.value > f.budget);
  console.log(`\n${'figure'.padEnd(60)} ${'value'.padStart(10)}  budget`);
  for (const f of figures) {
    const limit = f.budget === undefined ? '' : `<= ${Number(f.budget.toFixed(1))} ${f.unit}`;
    const mark = f.budget === undefined ? '' : f.value <= f.budget ? `${limit}  ok` : `${limit}  BROKEN`;
    console.log(`${f.name.padEnd(60)} ${`${f.value.toFixed(f.value < 10 ? 2 : 0)} ${f.unit}`.padStart(10)}  ${mark}`);
  }
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  for (const [name, values] of Object.entries(curves)) console.log(`${name} (MB, after each activity): ${values.map((v) => v.toFixed(1)).join(' ')}`);
  writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, figures, curves, sideBySide }, null, 2)}\n`);
  if (broken.length) process.exitCode = 1;
}

await main();
