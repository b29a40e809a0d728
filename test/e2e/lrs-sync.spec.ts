import type { APIRequestContext, BrowserContext, Page } from '@playwright/test';
import type { Statement } from '../../src/model/evidence/xapi.ts';
import { expect, LRS, menuShown, option, playAgain, pressTwin, readEvidence, test, typeLrsSettings, useGameSpeed, useLang, waitForItem } from './support/index.ts';

/**
 * Sync to a real LRS (Learning Locker's statements service, started by the Playwright config):
 * tablets play offline, go online, and the LRS holds exactly what they recorded, each once.
 */
const auth = { Authorization: `Basic ${Buffer.from('lop-vui:bi-mat').toString('base64')}`, 'X-Experience-API-Version': '1.0.3' };
const config = { endpoint: LRS, key: 'lop-vui', secret: 'bi-mat', enabled: true, sendNames: false };

/** The statements the LRS holds for these play sessions, as GET /statements returns them (every page). */
async function lrsStatements(request: APIRequestContext, registrations: Iterable<string>): Promise<Statement[]> {
  const out: Statement[] = [];
  for (const registration of registrations) {
    let url: string | undefined = `${LRS}statements?registration=${registration}&limit=100`;
    while (url) {
      const body = (await (await request.get(url, { headers: auth })).json()) as { statements: Statement[]; more?: string };
      out.push(...body.statements);
      url = body.more ? new URL(body.more, LRS).href : undefined;
    }
  }
  return out;
}

/** A tablet: the player open with the LRS set up (as a teacher would have done). */
async function tablet(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript((c) => {
    localStorage.setItem('lopvui.lang', 'vi');
    localStorage.setItem('lopvui.lrs', JSON.stringify(c));
  }, config);
  await page.goto('./');
  await menuShown(page);
  return page;
}

/** "Who says that?" played to the end, right answers only; `offline` cuts the network once it is open. */
async function playAnimals(page: Page, offline?: BrowserContext): Promise<void> {
  await page.locator('.tile[data-activity="mn-con-vat-keu"]').click();
  await waitForItem(page, 1, 4);
  await offline?.setOffline(true);
  for (const [i, animal] of ['mèo', 'cá', 'chó', 'vịt'].entries()) {
    await waitForItem(page, i + 1, 4);
    await pressTwin(option(page, animal));
  }
  await expect(playAgain(page)).toBeVisible();
}

const registrationsOf = (list: Statement[]) => new Set(list.map((s) => s.context?.registration ?? ''));
const waiting = (page: Page) => page.evaluate(() => new Promise<number>((resolve) => {
  const open = indexedDB.open('lopvui-outbox');
  open.onsuccess = () => {
    const req = open.result.transaction('queue').objectStore('queue').count();
    req.onsuccess = () => resolve(req.result);
  };
}));

test('two tablets play offline, go online, and the LRS holds exactly the union of their statements, each once', async ({ browser, request }) => {
  const contexts = [await browser.newContext(), await browser.newContext()];
  for (const context of contexts) await useGameSpeed(context);
  // The two tablets play at the same time, as in a class.
  const pages = await Promise.all(
    contexts.map(async (context) => {
      const page = await tablet(context);
      await playAnimals(page, context);
      return page;
    }),
  );
  const recorded = [...(await readEvidence(pages[0]!)), ...(await readEvidence(pages[1]!))];
  expect(recorded.length).toBeGreaterThanOrEqual(10);
  for (const page of pages) expect(await waiting(page)).toBeGreaterThan(0);

  for (const context of contexts) await context.setOffline(false);
  for (const page of pages) await expect.poll(() => waiting(page), { timeout: 20_000 }).toBe(0);

  const held = await lrsStatements(request, registrationsOf(recorded));
  expect(held.map((s) => s.id).sort()).toEqual(recorded.map((s) => s.id).sort());
  // Learners go as their local ids, never names.
  expect(held.every((s) => s.actor.account.name && !('name' in s.actor))).toBe(true);
  for (const c of contexts) await c.close();
});

test('a network cut mid-batch (the LRS stored it, the answer was lost) loses and duplicates nothing', async ({ context, request }) => {
  const page = await tablet(context);
  await playAnimals(page, context);
  let cut = 0;
  await page.route(`${LRS}statements`, async (route) => {
    if (route.request().method() !== 'POST' || cut++ > 0) return route.continue();
    await route.fetch(); // the LRS stores the batch…
    await route.abort('connectionreset'); // …and its reply never comes back
  });
  await context.setOffline(false);
  await expect.poll(() => waiting(page), { timeout: 20_000 }).toBe(0);
  expect(cut).toBeGreaterThanOrEqual(2); // sent again after the cut
  const recorded = await readEvidence(page);
  const held = await lrsStatements(request, registrationsOf(recorded));
  expect(held.map((s) => s.id).sort()).toEqual(recorded.map((s) => s.id).sort());
});

test('nothing leaves before a teacher sets the LRS; then a refused statement is set aside with its reason and the others arrive', async ({ page, request }) => {
  const toLrs: string[] = [];
  page.on('request', (r) => r.url().startsWith(LRS) && toLrs.push(r.url()));
  await useLang(page, 'vi');
  await page.goto('./');
  await playAnimals(page);
  // A statement the LRS will refuse (a verb that is not an IRI), queued like the others.
  await page.evaluate(() => new Promise<void>((resolve) => {
    const bad = { id: '0badc0de-0000-4000-8000-000000000001', actor: { objectType: 'Agent', account: { homePage: 'https://lopvui.local', name: 'x' } }, verb: { id: 'khong-phai-iri' }, object: { id: 'urn:lopvui:activity:x' }, timestamp: new Date().toISOString(), context: { registration: '0badc0de-0000-4000-8000-0000000000aa' } };
    const put = (db: string, store: string, key: string, value: unknown, then: () => void) => {
      const open = indexedDB.open(db);
      open.onsuccess = () => {
        const tx = open.result.transaction(store, 'readwrite');
        tx.objectStore(store).put(value, key);
        tx.oncomplete = then;
      };
    };
    put('lopvui-outbox', 'queue', bad.id, 0, () => put('lopvui-evidence', 'statements', bad.id, bad, resolve));
  }));
  // Nothing to wait for: the check is that nothing happens for longer than the sync's wait after an answer.
  await page.waitForTimeout(3000);
  expect(toLrs).toEqual([]);

  await typeLrsSettings(page, LRS, 'bi-mat');
  await page.getByRole('button', { name: 'Thử kết nối' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kết nối được' })).toBeVisible();
  await page.getByRole('button', { name: 'Lưu và bắt đầu đồng bộ' }).click();
  await expect(page.locator('[data-sync="waiting"]')).toHaveText('0');
  await expect(page.getByRole('heading', { name: 'LRS từ chối (1)' })).toBeVisible();
  await expect(page.locator('ul.rejected')).toContainText("0badc0de-0000-4000-8000-000000000001 400: Problem in 'statements.0.verb.id'");
  await expect(page.locator('[data-sync="last"]')).not.toHaveText('Chưa lần nào');

  const good = (await readEvidence(page)).filter((s) => s.id !== '0badc0de-0000-4000-8000-000000000001');
  const held = await lrsStatements(request, registrationsOf(good));
  expect(held.map((s) => s.id).sort()).toEqual(good.map((s) => s.id).sort());
});
