import type { Browser, Page } from '@playwright/test';
import { allowNamedFunctions, quantile } from './page-helpers.ts';

/**
 * The teacher's view at scale: 30 learners × 10,000 statements in IndexedDB, as a busy class
 * leaves them after a year. Measures the recount of the totals (once, when they are missing),
 * the view's ready time after the PIN, and the main-thread cost of recording one answer.
 */
export const LEARNERS = 30;
export const PER_LEARNER = Number(process.env.BENCH_PER_LEARNER ?? 10_000);
const PIN = '2468';

/** Open the teacher's area: set the PIN on an empty device, or type it; with `measure`, the ms from the click to the table. */
export async function unlock(page: Page, base: string, measure = true): Promise<number> {
  await page.goto(`${base}#/teacher`);
  await page.locator('form.gate').waitFor();
  const setting = await page.getByLabel('Đặt mã PIN (4–6 chữ số)').isVisible();
  if (setting) {
    await page.getByLabel('Đặt mã PIN (4–6 chữ số)').fill(PIN);
    await page.getByLabel('Nhập lại mã PIN').fill(PIN);
  } else {
    await page.getByLabel(/^Mã PIN$/).fill(PIN);
  }
  await page.evaluate(() => {
    const w = window as unknown as { __readyAt?: number; __clickAt?: number };
    document.querySelector('button[type=submit]')?.addEventListener('click', () => (w.__clickAt = performance.now()), { capture: true });
    new MutationObserver((_, obs) => {
      if (document.querySelector('table.dashboard tbody tr')) {
        w.__readyAt = performance.now();
        obs.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Mở' }).click();
  if (setting) await page.getByRole('button', { name: 'Tôi đã ghi lại mã' }).click(); // the recovery code, shown once
  if (!measure) {
    await page.getByRole('heading', { name: 'Khu vực giáo viên' }).waitFor();
    return 0;
  }
  await page.waitForSelector('table.dashboard tbody tr', { timeout: 120_000 });
  return page.evaluate(() => {
    const w = window as unknown as { __readyAt: number; __clickAt: number };
    return w.__readyAt - w.__clickAt;
  });
}

/** Write the statements straight into IndexedDB, in big transactions, as an import would leave them. */
async function seed(page: Page): Promise<void> {
  await allowNamedFunctions(page);
  await page.evaluate(
    async ({ learners, per }) => {
      const open = (name: string, store: string) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open(name);
          req.onupgradeneeded = () => req.result.createObjectStore(store);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      const put = (db: IDBDatabase, store: string, rows: [string, unknown][]) =>
        new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          for (const [k, v] of rows) tx.objectStore(store).put(v, k);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      // Pupils of grade 1: the teacher's table lists a class's pupils by their stage (Thông tư 27).
      const roster = await open('lopvui-learners', 'learners');
      const ids = Array.from({ length: learners }, (_, i) => `hs-${i + 1}`);
      await put(roster, 'learners', ids.map((id, i) => [id, { id, name: `Học sinh ${i + 1}`, animal: 'meo', color: 'do', archived: false, createdAt: '2026-09-05T08:00:00.000Z', stage: 'lop-1' }]));
      const evidence = await open('lopvui-evidence', 'statements');
      const codes = [['nl.tinh-toan', 'nlc.giai-quyet-van-de'], ['nl.ngon-ngu'], ['mn.nhan-thuc', 'cs5.104'], ['nl.khoa-hoc', 'pc.cham-chi']];
      const start = Date.UTC(2025, 8, 5);
      for (const learner of ids) {
        for (let from = 0; from < per; from += 5000) {
          const rows: [string, unknown][] = [];
          for (let i = from; i < Math.min(per, from + 5000); i++) {
            const id = crypto.randomUUID();
            const cats = codes[i % codes.length] as string[];
            const item = (i % 8) + 1;
            const success = (i * 7 + learner.length) % 10 > 2;
            rows.push([
              id,
              {
                id,
                actor: { objectType: 'Agent', account: { homePage: location.href, name: learner } },
                verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
                object: {
                  objectType: 'Activity',
                  id: `urn:lopvui:activity:bai-${i % 40}:item:${item}`,
                  definition: { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', name: { 'vi-VN': `Câu ${item}` }, interactionType: 'choice', correctResponsesPattern: ['b'] },
                },
                result: { success, completion: true, response: success ? 'b' : 'a', duration: 'PT3.5S', extensions: { 'urn:lopvui:ext:attempt': success ? 1 : 3, 'urn:lopvui:ext:hints': 0 } },
                context: {
                  registration: crypto.randomUUID(),
                  platform: 'Lớp Vui',
                  language: 'vi-VN',
                  contextActivities: { parent: [{ objectType: 'Activity', id: `urn:lopvui:activity:bai-${i % 40}` }], category: cats.map((c) => ({ objectType: 'Activity', id: `urn:lopvui:competency:${c}` })) },
                },
                timestamp: new Date(start + i * 60_000).toISOString(),
              },
            ]);
          }
          await put(evidence, 'statements', rows);
        }
      }
    },
    { learners: LEARNERS, per: PER_LEARNER },
  );
}

export interface TeacherFigures {
  recountMs: number;
  viewReadyMs: number;
  recordMedianMs: number;
}

export async function measureTeacherView(browser: Browser, base: string): Promise<TeacherFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await unlock(page, base, false); // sets the PIN on an empty device
  await seed(page);

  // First start after the statements arrived: the menu comes at once, the totals are recounted
  // in the background, and the teacher's view waits for them.
  await page.goto(base);
  await page.reload();
  const recountMs = await unlock(page, base);

  // The view itself, with the totals in place: median of three openings.
  const views: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(`${base}#/`);
    await page.reload();
    views.push(await unlock(page, base));
  }

  // Recording answers: User Timing marks around each record, while a child plays.
  await page.goto(`${base}#/play/l1-cong-trong-10`);
  const records: number[] = [];
  for (let round = 0; round < 3; round++) {
    await page.goto(`${base}#/`);
    await page.goto(`${base}#/play/l1-cong-trong-10`);
    for (const [i, right] of [['3'], ['5'], ['10'], ['3 + 4', '6 + 1']].entries()) {
      await page.locator(`#twins[aria-label="Câu ${i + 1} trên 4"]`).waitFor();
      for (const r of right) {
        const twin = page.locator('#twins').getByRole('button', { name: new RegExp(`^Lựa chọn \\d+: ${r.replace(/[+]/g, '\\+')}$`) });
        await twin.focus();
        await page.keyboard.press('Enter');
      }
      if (right.length > 1) {
        await page.locator('#twins').getByRole('button', { name: 'Kiểm tra' }).focus();
        await page.keyboard.press('Enter');
      }
    }
    await page.locator('#twins').getByRole('button', { name: 'Chơi lại' }).waitFor();
    records.push(...(await page.evaluate(() => performance.getEntriesByName('lopvui:record').map((e) => e.duration))));
    await page.evaluate(() => performance.clearMeasures('lopvui:record'));
  }
  await context.close();
  const median = (xs: number[]) => quantile(xs, 0.5);
  return { recountMs, viewReadyMs: median(views), recordMedianMs: median(records) };
}
