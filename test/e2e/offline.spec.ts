import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Statement } from '../../src/model/evidence/xapi.ts';
import { serveDist, type StaticServer } from './static-server.ts';
import { readEvidence } from './support.ts';

/**
 * Offline for real, on the projector: one visit from a school's static server, then the server
 * is switched off and the network cut; the player reloads from its service worker and the
 * teacher plays every activity of the library and a whole lesson to the end with keys alone.
 */
test.use({ serviceWorkers: 'allow', viewport: { width: 1920, height: 1080 } });
test.describe.configure({ timeout: 240_000 });

// Each test has its own server: the first one switches it off.
let server: StaticServer;
test.beforeEach(async () => (server = await serveDist('/truong/lop-vui/')));
test.afterEach(() => server.close());

const twins = (page: Page) => page.locator('#twins');
const endScreen = (page: Page) => twins(page).getByRole('button', { name: 'Chơi lại' });

/**
 * PageDown (next) until the end screen. A story's choice point is chosen with the keyboard;
 * its question is answered by R, the teacher's reveal.
 */
async function clickThrough(page: Page): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await endScreen(page).isVisible()) return;
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(250);
    const said = (await page.locator('#live').textContent()) ?? '';
    const choice = twins(page).getByRole('button', { name: /^Chọn: / }).first();
    if (said.includes('Hãy chọn xem câu chuyện đi tiếp') && (await choice.count())) {
      await choice.focus();
      await page.keyboard.press('Enter');
    } else if (said.includes('Hãy trả lời câu hỏi trước')) {
      await page.keyboard.press('r');
    }
  }
  await expect(endScreen(page)).toBeVisible();
}

/** Focus a control (as Tab would) and press Enter. */
async function enter(page: Page, locator: ReturnType<Page['locator']>): Promise<void> {
  await locator.focus();
  await page.keyboard.press('Enter');
}

test('after one visit, with the server off and no network, every activity and a lesson play to the end by keys', async ({ page, context }) => {
  await page.addInitScript(() => {
    localStorage.setItem('lopvui.prefs', JSON.stringify({ mode: 'projector' }));
    localStorage.setItem('lopvui.lang', 'vi');
  });
  await page.goto(server.url);
  await expect(page.locator('.tile').first()).toBeVisible();
  // The service worker is active only once everything is precached.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  await server.close();
  await context.setOffline(true);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.reload();
  await expect(page.locator('.tile').first()).toBeVisible();
  const ids = await page.locator('.tile[data-activity]').evaluateAll((els) => els.map((e) => e.getAttribute('data-activity') ?? ''));
  expect(ids.length).toBeGreaterThanOrEqual(19);

  for (const id of ids) {
    await enter(page, page.locator(`.tile[data-activity="${id}"]`));
    await expect(twins(page).getByRole('button').first()).toBeVisible();
    await clickThrough(page);
    await enter(page, twins(page).getByRole('button', { name: 'Về trang chính' }));
    await expect(page.locator('.tile').first()).toBeVisible();
  }

  // A lesson, start to end: Enter starts the first step, PageDown on each end screen goes straight on to the
  // next step (the end screen's big ▶), and after the last one back to the lesson's page.
  await enter(page, page.locator('.tile[data-lesson="mn-buoi-sang-con-vat"]'));
  await expect(page.locator('#lesson .lesson-steps [aria-current="step"]')).toContainText('Bước 1 trên 4');
  await page.keyboard.press('Enter');
  for (let step = 1; step <= 4; step++) {
    await expect(page).toHaveURL(new RegExp(`#/lesson/mn-buoi-sang-con-vat/${step}$`));
    await clickThrough(page);
    await page.keyboard.press('PageDown');
  }
  await expect(page.locator('#lesson')).toContainText('Cả bài học đã xong!');

  const evidence: Statement[] = await readEvidence(page);
  const completed = (id: string) => evidence.filter((s) => s.verb.id.endsWith('/completed') && s.object.id === `urn:lopvui:activity:${id}`);
  for (const id of ids) expect(completed(id).length, id).toBeGreaterThanOrEqual(1);
  expect(completed('lesson:mn-buoi-sang-con-vat')).toHaveLength(1);
  expect(completed('truyen-meo-con-di-choi')).toHaveLength(2); // once alone, once in the lesson
  expect(failed).toEqual([]);
});

test('a new version waits until the activity is over, then the menu offers it', async ({ page, context }) => {
  await page.addInitScript(() => localStorage.setItem('lopvui.lang', 'vi'));
  await page.goto(server.url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload(); // now the page is controlled by the first version
  await enter(page, page.locator('.tile[data-activity="l1-cong-trong-10"]'));
  await expect(twins(page).getByRole('button', { name: /^Lựa chọn 1/ })).toBeVisible();

  // A new version on the server: a different service worker.
  appendFileSync(path.join(server.root, 'sw.js'), '\n// a new version\n');
  // Another tab opening the player finds it (each start checks for a new version).
  const other = await context.newPage();
  await other.goto(server.url);
  await other.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting))).toBe(true);

  // Mid-activity nothing changes: no banner, no reload, the item is still there.
  await page.waitForTimeout(500);
  await expect(page.getByRole('status').filter({ hasText: 'Có phiên bản mới' })).toHaveCount(0);
  await expect(twins(page).getByRole('button', { name: /^Lựa chọn 1/ })).toBeVisible();

  await enter(page, twins(page).getByRole('button', { name: 'Về trang chính' }));
  const offer = page.getByRole('status').filter({ hasText: 'Có phiên bản mới của Lớp Vui.' });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Cập nhật ngay' }).click();
  await expect(page.locator('.tile').first()).toBeVisible();
  // The page reloads into the new version: an evaluate caught mid-reload just asks again.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !r?.waiting && !!r?.active)).catch(() => false)).toBe(true);
  await expect(offer).toHaveCount(0);
});
