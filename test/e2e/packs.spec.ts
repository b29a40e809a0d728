import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { answered, expect, failOnCspViolation, live, openAndKeepOwn, pressTwin, test, twins, unlockTeacher, useGameSpeed, useLang } from './support/index.ts';

/**
 * An activity pack passed from one tablet to another (issue 19): a teacher's own activity kept on
 * tablet A is exported as a pack; tablet B takes it through the gate (dropped on its menu),
 * shows who made it and under which licence, keeps it, then plays it with the network cut and
 * records evidence that names the pack's version.
 */
const picture = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#e5484d"/></svg>';
const activity = JSON.stringify({
  id: 'cua-co-lan',
  kind: 'choice',
  title: { vi: 'Quả bóng đỏ', en: 'The red ball' },
  subject: 'math',
  band: 'mn-3-4',
  items: [
    {
      prompt: 'Quả nào màu đỏ?',
      options: [
        { image: 'bong-do.svg', text: 'đỏ', correct: true },
        { image: 'images/shapes/circle-blue.svg', text: 'xanh' },
      ],
    },
  ],
});

/** Drop a file on the window, as a teacher drags it from a USB stick. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, data }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], name, { type: 'application/zip' }));
      return dt;
    },
    { name, data: [...bytes] },
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

test('a pack exported on tablet A is kept on tablet B through the gate, plays there offline and its evidence names the pack version', async ({ page, browser }, info) => {
  // Tablet A: the teacher's own activity, kept, then exported with authors and licence.
  await useLang(page, 'vi');
  await openAndKeepOwn(
    page,
    [
      { name: 'cua-co-lan.json', mimeType: 'application/json', buffer: Buffer.from(activity) },
      { name: 'bong-do.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(picture) },
    ],
    /: đỏ$/,
  );
  const form = page.locator('.pack-export');
  await form.getByLabel('Hoạt động hoặc bài học').selectOption('activity:cua-co-lan');
  await form.getByLabel('Tác giả (cách nhau bằng dấu phẩy)').fill('Cô Lan, Thầy Minh');
  await form.getByLabel('Trường (không bắt buộc)').fill('Trường Mầm non Hoa Sen');
  await form.getByLabel('Phiên bản (x.y.z)').fill('1.2.0');
  const saved = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Xuất gói' }).click();
  const download = await saved;
  expect(download.suggestedFilename()).toBe('cua-co-lan-1.2.0.lopvui');
  const pack = readFileSync(await download.path());

  // Tablet B: its own browser, with the service worker, so that it works with the network cut.
  const tabletB = await browser.newContext({ baseURL: info.project.use.baseURL ?? new URL('/', page.url()).href, serviceWorkers: 'allow', reducedMotion: 'reduce' });
  const cspB = await failOnCspViolation(tabletB);
  await useGameSpeed(tabletB); // as the fixture does for tablet A: the game's pauses, and the wait before the precache
  const b = await tabletB.newPage();
  await useLang(b, 'vi');
  await b.goto('./');
  await expect(b.locator('.tile').first()).toBeVisible();
  await b.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  // Dropped on the children's menu, it goes to the gate; behind it, the pack is shown before it is kept.
  await dropFile(b, 'cua-co-lan-1.2.0.lopvui', pack);
  await expect(b.getByLabel(/Đặt mã PIN/)).toBeVisible();
  await unlockTeacher(b);
  await b.getByRole('button', { name: 'Cài đặt' }).click();
  const shown = b.locator('[data-pack="new"]');
  for (const fact of ['Quả bóng đỏ', '1.2.0', 'Cô Lan, Thầy Minh', 'CC-BY-4.0', 'Trường Mầm non Hoa Sen', '1 hoạt động, 0 bài học']) await expect(shown).toContainText(fact);
  // For people to look at (test-results/, not compared): what the teacher sees before keeping it.
  await b.locator('section.packs').screenshot({ path: info.outputPath('pack-shown.png') });
  await shown.getByRole('button', { name: 'Lưu gói này trên máy' }).click();
  await expect(b.locator('.pack-status')).toHaveText('Đã lưu gói "Quả bóng đỏ" 1.2.0 trên máy.');
  await expect(b.locator('[data-packs-kept]')).toContainText('Quả bóng đỏ · 1.2.0 · Cô Lan, Thầy Minh · CC-BY-4.0');

  // The network cut, the player reloaded from its service worker: the pack's activity plays.
  await b.goto('./#/');
  await tabletB.setOffline(true);
  await b.reload();
  await b.locator('.tile[data-activity="cua-co-lan"]').click();
  const right = twins(b).getByRole('button', { name: /: đỏ$/ });
  await expect(right).toBeVisible();
  await pressTwin(right);
  await expect(live(b)).toHaveText('Đúng rồi!');
  await expect.poll(async () => (await answered(b)).length).toBe(1);
  const [statement] = await answered(b);
  expect(statement?.object.id).toBe('urn:lopvui:activity:cua-co-lan:item:1');
  expect(statement?.context?.extensions).toMatchObject({ 'urn:lopvui:ext:pack-id': 'cua-co-lan', 'urn:lopvui:ext:pack-version': '1.2.0' });
  cspB();
  await tabletB.close();
});
