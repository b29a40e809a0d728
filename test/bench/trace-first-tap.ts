/**
 * Where the time to the first tap goes: a Chromium trace of a cold and a warm load of a choice activity,
 * CPU slowed 4x, in the side-by-side script's browser set-up (its flags; Canvas renderer, as there), from
 * navigation to a real click answered on the first option. Prints the main thread's time by kind (network
 * wait, HTML, script compile, script run, garbage collection, style/layout/paint) and the app's own
 * milestones (User Timing marks lopvui:*: engine evaluated, fonts, Phaser ready, pictures, scene drawn).
 *
 *   npm run build && npx tsx test/bench/trace-first-tap.ts [--dist dist] [--activity l1-cong-trong-10] [--cpu 4] [--out DIR] [--menu]
 *
 * --menu: the menu instead, to a real click on its first tile answered (the page goes to the activity).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { preview } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const DIST = path.resolve(root, arg('dist', 'dist'));
const ACTIVITY = arg('activity', 'l1-cong-trong-10');
const CPU = Number(arg('cpu', '4'));
const OUT = arg('out', '');
const MENU = process.argv.includes('--menu');
// As the side-by-side script launches Chromium (no GPU, no WebGL: Phaser draws with Canvas there).
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-webgl', '--disable-background-networking', '--disable-component-update'];
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel', 'disabled-by-default-v8.compile'];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

async function traceOnce(page: Page, cdp: CDPSession, url: string): Promise<{ events: TraceEvent[]; tapMs: number }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES } });
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  const option = MENU
    ? page.locator('.tile').first()
    : page
        .locator('#twins')
        .getByRole('button', { name: /^(Lựa chọn|Option) \d+: / })
        .first();
  await option.waitFor({ state: 'visible', timeout: 60_000 });
  let tapMs = 0;
  for (let i = 0; i < 50 && tapMs === 0; i++) {
    const box = await option.boundingBox();
    if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const answered = await page
      .waitForFunction(() => (window as unknown as { __answered: number }).__answered > 0, null, { timeout: 1000 })
      .then(
        () => true,
        () => false,
      );
    if (answered) tapMs = Date.now() - t0;
  }
  await cdp.send('Tracing.end');
  await done;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return { events, tapMs };
}

const COMPILE = /^(v8\.(compile|compileModule|produceCache|produceModuleCache|parseOnBackground)|V8\.(Compile|Parse|PreParse|Preparse|Deserialize)|CompileScript|CompileCode)/;
const GC = /GC|gc/;
const STYLE = /^(UpdateLayoutTree|RecalculateStyles|Layout|ParseAuthorStyleSheet|PrePaint|Paint|PaintImage|Layerize|Commit|UpdateLayer|RasterTask|Decode Image|ImageDecodeTask|Decode LazyPixelRef)/;
const HTML = /^ParseHTML/;

/** Self time of each complete event on one thread, bucketed. */
function breakdown(events: TraceEvent[]): Record<string, number> {
  const navStart = events.find((e) => e.name === 'navigationStart' && e.args?.data && (e.args.data as { isLoadingMainFrame?: boolean }).isLoadingMainFrame);
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (!navStart || e.pid === navStart.pid));
  if (!main || !navStart) throw new Error('no renderer main thread or navigation in the trace');
  const marks = events.filter((e) => e.pid === main.pid && e.cat.includes('blink.user_timing') && e.name.startsWith('lopvui:'));
  const answered = marks.find((m) => m.name === 'lopvui:answered');
  const end = answered?.ts ?? Math.max(...events.filter((e) => e.pid === main.pid && e.ts).map((e) => e.ts));
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && e.ts >= navStart.ts && e.ts <= end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: Record<string, number> = { compile: 0, script: 0, gc: 0, 'style, layout, paint': 0, html: 0, other: 0 };
  // Self times: a stack of open events; each event's time minus its children's.
  const stack: { e: TraceEvent; child: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1]!.e.ts + (stack[stack.length - 1]!.e.dur ?? 0) <= until) {
      const { e, child } = stack.pop()!;
      const self = (e.dur ?? 0) - child;
      if (stack.length) stack[stack.length - 1]!.child += e.dur ?? 0;
      const bucket = COMPILE.test(e.name)
        ? 'compile'
        : GC.test(e.name)
          ? 'gc'
          : STYLE.test(e.name)
            ? 'style, layout, paint'
            : HTML.test(e.name)
              ? 'html'
              : e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'
                ? 'other'
                : 'script';
      out[bucket]! += self / 1000;
    }
  };
  for (const e of onMain) {
    close(e.ts);
    stack.push({ e, child: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  const total = (end - navStart.ts) / 1000;
  const busy = Object.values(out).reduce((a, b) => a + b, 0);
  const result: Record<string, number> = { 'navigation -> answered (trace)': total };
  for (const [k, v] of Object.entries(out)) result[`main thread: ${k}`] = v;
  result['main thread idle (waiting: network, timers, frames)'] = total - busy;
  for (const m of marks.sort((a, b) => a.ts - b.ts)) result[`mark ${m.name}`] = (m.ts - navStart.ts) / 1000;
  // Bytes received before the answer, by resource (the network side).
  const finished = events.filter((e) => e.name === 'ResourceFinish' && e.ts <= end);
  result['bytes received before the answer (encoded)'] = finished.reduce((s, e) => s + Number((e.args?.data as { encodedDataLength?: number })?.encodedDataLength ?? 0), 0);
  return result;
}

async function main(): Promise<void> {
  const server = await preview({ root, build: { outDir: DIST }, logLevel: 'silent', preview: { port: 4178, strictPort: true, host: '127.0.0.1' } });
  const url = MENU ? 'http://127.0.0.1:4178/' : `http://127.0.0.1:4178/#/play/${ACTIVITY}`;
  const results: Record<string, Record<string, number>> = {};
  try {
    for (const mode of ['cold', 'warm'] as const) {
      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
      try {
        const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'allow' });
        await context.addInitScript(() => {
          addEventListener('lopvui:sound', (e) => {
            const d = (e as CustomEvent<{ kind: string; name: string }>).detail;
            if (d.kind === 'effect' && (d.name === 'correct' || d.name === 'wrong') && !(window as unknown as { __answered?: number }).__answered) {
              (window as unknown as { __answered: number }).__answered = performance.now();
              performance.mark('lopvui:answered');
            }
          });
          // The menu's tap is answered when the page goes to what the tile opens.
          addEventListener('hashchange', () => {
            if (/^#\/(play|lesson)\//.test(location.hash) && !(window as unknown as { __answered?: number }).__answered) {
              (window as unknown as { __answered: number }).__answered = performance.now();
              performance.mark('lopvui:answered');
            }
          });
        });
        if (mode === 'warm') {
          const prime = await context.newPage();
          await prime.goto(url);
          await (MENU ? prime.locator('.tile') : prime.locator('#twins').getByRole('button', { name: /^(Lựa chọn|Option) \d+: / })).first().waitFor({ timeout: 60_000 });
          await prime.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
          await prime.waitForTimeout(1500); // let the precache and code caches settle, as the side-by-side script does
          await prime.close();
        }
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        const { events, tapMs } = await traceOnce(page, cdp, url);
        if (OUT) {
          mkdirSync(OUT, { recursive: true });
          writeFileSync(path.join(OUT, `trace-${mode}.json`), JSON.stringify({ traceEvents: events }));
        }
        results[mode] = { 'navigation -> answered (wall clock, playwright)': tapMs, ...breakdown(events) };
      } finally {
        await browser.close();
      }
    }
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  console.log(`\n${'ms (bytes last)'.padEnd(58)} ${'cold'.padStart(9)} ${'warm'.padStart(9)}`);
  const keys = [...new Set([...Object.keys(results.cold ?? {}), ...Object.keys(results.warm ?? {})])];
  for (const k of keys) console.log(`${k.padEnd(58)} ${String(Math.round(results.cold?.[k] ?? NaN)).padStart(9)} ${String(Math.round(results.warm?.[k] ?? NaN)).padStart(9)}`);
  console.log(JSON.stringify(results));
}

await main();
