import { chromium } from '@playwright/test';
import { quantile } from './page-helpers.ts';

// The side-by-side script's browser set-up (see its header), so the menu's figure stands beside its H5P one.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-webgl', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** As the side-by-side script's --settle-ms: a warm sample's first visit is over once nothing was asked for this long. */
const SETTLE_MS = 1500;

/** Visible, the same box over two animation frames, and its centre hit by the tile itself. */
function readiness(el: Element): Promise<boolean> {
  const box = () => {
    const r = el.getBoundingClientRect();
    return [r.x, r.y, r.width, r.height].join();
  };
  const before = box();
  return new Promise((ok) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        ok(before === box() && r.width > 0 && r.height > 0 && !!hit && (hit === el || el.contains(hit)));
      }),
    ),
  );
}

/**
 * The menu's first tap, measured as the side-by-side script measures the first answer: each sample in
 * a freshly launched browser, from just before navigation until a real click on the first tile has been
 * delivered and answered (the player went to the activity). Cold: nothing cached; warm: a second visit,
 * the player from its service worker. The median of `runs` samples, in ms.
 */
export async function menuFirstTap(base: string, cpu: number, runs: number, warm: boolean): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'allow' });
      // tsx wraps named inner functions in a __name helper a page does not have (see page-helpers.ts).
      await context.addInitScript('window.__name = (f) => f');
      if (warm) {
        const prime = await context.newPage();
        let last = performance.now();
        context.on('request', () => (last = performance.now()));
        await prime.goto(base);
        await prime.locator('.tile').first().waitFor({ state: 'visible' });
        await prime.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
        // Settled as the side-by-side script settles its warm samples (H5P's among them): the precache and the
        // player's first load done, nothing asked for over SETTLE_MS.
        while (performance.now() - last < SETTLE_MS) await new Promise((r) => setTimeout(r, SETTLE_MS - (performance.now() - last)));
        await prime.close();
      }
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      const tile = page.locator('.tile').first();
      const t0 = performance.now();
      await page.goto(base, { waitUntil: 'commit' });
      let tap: number | undefined;
      while (tap === undefined) {
        if (performance.now() - t0 > 60_000) throw new Error('no answered tap on the menu within 60 s');
        await tile.waitFor({ state: 'visible', timeout: 60_000 });
        if (!(await tile.evaluate(readiness).catch(() => false))) continue;
        const box = await tile.boundingBox();
        if (!box) continue;
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        const at = performance.now() - t0;
        const answered = await page
          .waitForFunction(() => /^#\/(play|lesson)\//.test(location.hash), null, { timeout: 3000 })
          .then(
            () => true,
            () => false,
          );
        if (answered) tap = at;
      }
      if (warm && !(await page.evaluate(() => !!navigator.serviceWorker.controller))) throw new Error('the warm menu was not served by the service worker');
      times.push(tap);
    } finally {
      await browser.close();
    }
  }
  return quantile(times, 0.5);
}
