import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Download, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { answer, expect, live, openActivity, pressTwin, readEvidence, sceneReady, test, twin, unlockTeacher, waitForItem } from './support/index.ts';

/**
 * For the cụm meeting: Lan traces a digit and answers a question wrongly before the right one;
 * the teacher exports the pupils' work (a zip: a static page and its SVGs, opened here from
 * disk with no server) without and with names, and the class report (seen, as CSV, as a file
 * that a colleague's import merges, each class once).
 */
const TRACE = 'lop1-to-chu-so';
const CHOICE = 'con-vat-song-o-dau';

async function saved(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await (download as Download).path();
  return { name: (download as Download).suggestedFilename(), bytes: readFileSync(file) };
}

/** The zip written into a fresh folder, as a teacher unzips it. */
function unzipped(bytes: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lopvui-gallery-'));
  for (const [name, data] of Object.entries(unzipSync(new Uint8Array(bytes)))) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), data);
  }
  return dir;
}

test('pupils’ work and the class report for the cụm meeting', async ({ page, context }, info) => {
  test.setTimeout(120_000);
  await unlockTeacher(page);
  await page.getByRole('button', { name: 'Danh sách lớp' }).click();
  await page.getByRole('textbox', { name: 'Tên', exact: true }).fill('Lan');
  await page.getByRole('combobox', { name: 'Lứa tuổi / lớp', exact: true }).selectOption({ label: 'Lớp 1' });
  await page.getByRole('button', { name: 'Thêm', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Lứa tuổi / lớp: Lan' })).toHaveValue(/./);
  await page.goto('./');
  await page.getByRole('button', { name: /^Ai đang chơi\?/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Lan' }).click();

  // The first digit, traced stroke by stroke (its twin draws the stroke it names for the keyboard),
  // until Next comes. Each press is awaited by what it changes: the twin names the next stroke, or Next comes.
  await page.goto(`./#/play/${TRACE}`);
  await sceneReady(page);
  const next = twin(page, 'Tiếp theo');
  const stroke = twin(page, /^Tô nét \d+/);
  for (let i = 0; i < 8 && !(await next.isVisible()); i++) {
    const before = await stroke.getAttribute('aria-label');
    await pressTwin(stroke);
    const named = () => stroke.getAttribute('aria-label', { timeout: 500 }).catch(() => null);
    // Not counted (a press a busy machine lost): pressed again.
    await expect.poll(async () => (await next.isVisible()) || (await named()) !== before, { timeout: 3000 }).toBe(true).catch(() => undefined);
  }
  await pressTwin(next);
  await expect.poll(async () => (await readEvidence(page)).filter((s) => s.result?.extensions?.['urn:lopvui:ext:product-svg']).length).toBe(1);

  // A wrong answer, then the right one.
  await openActivity(page, CHOICE);
  await waitForItem(page, 1, 4);
  await answer(page, ['chó']);
  await expect(live(page)).toHaveText(/Chưa đúng|Gợi ý/);
  await answer(page, ['cá']);
  await expect(live(page)).toHaveText('Đúng rồi!');
  const learnerId = (await readEvidence(page))[0]!.actor.account.name;

  await unlockTeacher(page);
  await page.getByRole('button', { name: 'Theo hoạt động' }).click();
  const meeting = page.locator('section.meeting');
  const scope = meeting.getByRole('combobox', { name: 'Hoạt động hoặc bài học' });
  await scope.selectOption({ label: 'Tô chữ và số' });

  // The gallery, no names (the default): a static page and its SVG, opened from the unzipped folder.
  const plain = await saved(page, () => meeting.getByRole('button', { name: 'Xuất sản phẩm của trẻ (.zip)' }).click());
  expect(plain.name).toMatch(/^lopvui-san-pham-\d{4}-\d\d-\d\d\.zip$/);
  const dir = unzipped(plain.bytes);
  expect(readdirSync(path.join(dir, 'products'))).toEqual(['001-lop1-to-chu-so-1.svg']);
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  expect(html).not.toMatch(/Lan|<script/);
  expect(html).not.toContain(learnerId);
  const gallery = await context.newPage();
  await gallery.setViewportSize({ width: 794, height: 1123 });
  await gallery.goto(pathToFileURL(path.join(dir, 'index.html')).href);
  await expect(gallery.getByRole('heading', { level: 1 })).toHaveText('Sản phẩm của trẻ: Tô chữ và số');
  const product = gallery.getByRole('img', { name: 'Tô chữ 1' });
  await expect(product).toBeVisible();
  expect(await product.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(gallery.locator('figcaption')).toContainText('Tô chữ và số');
  await expect(gallery.locator('figcaption time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  await gallery.emulateMedia({ media: 'print' });
  await gallery.screenshot({ path: info.outputPath('gallery-a4.png') });
  await gallery.close();

  // Names only when ticked.
  await meeting.getByRole('checkbox', { name: 'Ghi tên trẻ dưới sản phẩm' }).check();
  const named = await saved(page, () => meeting.getByRole('button', { name: 'Xuất sản phẩm của trẻ (.zip)' }).click());
  expect(readFileSync(path.join(unzipped(named.bytes), 'index.html'), 'utf8')).toContain('<span class="name">Lan</span>');

  // The report of the choice activity: Lan was right after help, and her wrong answer is named.
  await scope.selectOption({ label: 'Con vật sống ở đâu?' });
  await meeting.getByRole('button', { name: 'Xem báo cáo lớp' }).click();
  const report = meeting.locator('section.class-report');
  await expect(report.locator('[data-classes]')).toHaveText(/^Một lớp \(lớp này\)\. Lập ngày /);
  const row = report.locator(`table[data-activity="${CHOICE}"] tbody tr`).first();
  await expect(row.locator('td')).toHaveText([/^1\. /, '1', '0%', '100%', '0%', 'chó (1 em)']);
  await expect(report).not.toContainText('Lan');

  const csv = await saved(page, () => meeting.getByRole('button', { name: 'Tải báo cáo (CSV)' }).click());
  const csvText = csv.bytes.toString('utf8');
  expect(csvText.startsWith('\uFEFFBáo cáo lớp: Con vật sống ở đâu?')).toBe(true);
  expect(csvText).toContain(',1,0%,100%,0%,chó (1 em)\r\n');

  // The report file: no name, no learner id; a colleague's class (another id) merges in, once however often it is imported.
  const file = await saved(page, () => meeting.getByRole('button', { name: 'Tải tệp báo cáo để gộp ở cụm (.json)' }).click());
  const own = file.bytes.toString('utf8');
  expect(own).not.toContain('Lan');
  expect(own).not.toContain(learnerId);
  const colleague = { ...JSON.parse(own), classId: '9b2f6c1e-0a4d-4e8f-b1c2-3d4e5f607182' };
  const upload = (o: object, name: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(o)) });
  const input = meeting.getByLabel('Nhập báo cáo của lớp khác (.json)');
  await input.setInputFiles([upload(colleague, 'lop-1b.json'), upload({ ...colleague, generatedAt: new Date(Date.now() + 60_000).toISOString() }, 'lop-1b-moi.json')]);
  await expect(meeting.getByRole('status')).toContainText('lop-1b-moi.json: đã thay báo cáo cũ của lớp này bằng bản mới hơn.');
  await expect(report.locator('[data-classes]')).toHaveText(/^Gộp từ 2 lớp\. /);
  await expect(row.locator('td')).toHaveText([/^1\. /, '2', '0%', '100%', '0%', 'chó (2 em)']);

  await meeting.screenshot({ path: info.outputPath('meeting-panel.png') });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.evaluate(() => (document.body.dataset.print = 'class-report'));
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: info.outputPath('report-a4.png'), fullPage: true });
});
