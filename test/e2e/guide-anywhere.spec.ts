import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, pressTwin, readEvidence, test, unlockTeacher } from './support/index.ts';

/**
 * What the guide promises a teacher who has no Node: every example of docs/authoring.md, written
 * as a file OUTSIDE the project with its pictures beside it, validates with no error
 * (`npm run validate -- <that folder>`) and plays after being opened from the teacher's area,
 * *Mở tệp hoạt động…*. A lesson written there too is opened with its activities, all picked at
 * once, and played from its page to its end.
 */
const project = path.resolve(import.meta.dirname, '../..');
const MEDIA = new Set(['image', 'audio', 'icon', 'sound']);
let dir: string;
const files: { id: string; kind?: string; json: string; media: string[] }[] = [];

/** Every media path an example names (a path of public/, copied beside the file). */
function mediaOf(v: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => mediaOf(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (MEDIA.has(k) && typeof x === 'string') out.add(x);
      else if (MEDIA.has(k) && x && typeof x === 'object') Object.values(x).forEach((y) => typeof y === 'string' && out.add(y));
      else mediaOf(x, out);
    }
  }
  return out;
}

// One folder written once for the whole file: its tests run in order, in one worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bai-cua-co-'));
  const guide = readFileSync(path.join(project, 'docs/authoring.md'), 'utf8');
  for (const [, block] of guide.matchAll(/```json\n([\s\S]*?)```/g)) {
    const value = JSON.parse(block ?? '') as { id: string; kind?: string };
    const json = path.join(dir, `${value.id}.json`);
    writeFileSync(json, block ?? '');
    const media = [...mediaOf(value)];
    for (const m of media) {
      mkdirSync(path.dirname(path.join(dir, m)), { recursive: true });
      copyFileSync(path.join(project, 'public', m), path.join(dir, m));
    }
    files.push({ id: value.id, ...(value.kind && { kind: value.kind }), json, media: media.map((m) => path.join(dir, m)) });
  }
  // A lesson of the teacher's own, beside its activities (the guide's lesson names the library's).
  writeFileSync(
    path.join(dir, 'tiet-cua-co.json'),
    JSON.stringify({ $schema: '../schema/lesson.schema.json', id: 'tiet-cua-co', title: 'Tiết của cô', band: 'mn-4-5', steps: [{ activity: 'vd-chon-toi-thieu', note: 'Hỏi cả lớp trước.' }, { activity: 'vd-phan-loai-toi-thieu' }] }, null, 2),
  );
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('npm run validate on the folder outside the project: every example, the lessons included, with no error', () => {
  const out = execFileSync(path.join(project, 'node_modules/.bin/tsx'), [path.join(project, 'src/cli/validate.ts'), '--lang', 'en', dir], { cwd: project, encoding: 'utf8' });
  expect(out).toMatch(new RegExp(`^${files.length + 1} files: 0 errors, 0 warnings$`, 'm'));
});

/** The teacher's area, Settings, *Open an activity file…*: the files picked in one go. */
async function openFromTeacher(page: Page, paths: string[]): Promise<void> {
  // Back to the menu first: the area locks when it is left that way, so the PIN is asked as a teacher meets it.
  await page.goto('./#/');
  await expect(page.locator('#menu')).toBeVisible();
  await unlockTeacher(page);
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  await page.locator('section.own input[type="file"]').setInputFiles(paths);
}

test('every example of the guide, opened from the teacher\'s area with its pictures, plays', async ({ page }) => {
  test.setTimeout(300_000);
  await page.addInitScript(() => localStorage.setItem('lopvui.lang', 'vi'));
  for (const f of files.filter((x) => x.kind)) {
    await openFromTeacher(page, [f.json, ...f.media]);
    await expect(page, f.id).toHaveURL(new RegExp(`#/play/${f.id}$`));
    await expect(page.locator('#twins button').first(), f.id).toBeVisible();
    await expect(page.locator('#message')).toBeHidden();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // The full sort has a picture on each bin: drawn on the bin (look at it).
    if (f.id === 'vd-phan-loai-day-du') await page.screenshot({ path: path.join(project, 'test-results/guide-sort-bins.png') });
  }
  // On the menu, the file opened last is told apart from the library's activities: the mark and its file's name.
  await page.goto('./#/');
  const last = files.filter((x) => x.kind).at(-1)!;
  const tile = page.locator(`.tile[data-activity="${last.id}"]`);
  await expect(tile).toContainText(`Trên máy này · ${last.id}.json`);
  await tile.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(project, 'test-results/guide-menu-own.png') });
});

test('a lesson outside the project, opened with its activities, plays from its page to its end', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => localStorage.setItem('lopvui.lang', 'vi'));
  const choice = files.find((f) => f.id === 'vd-chon-toi-thieu')!;
  const sort = files.find((f) => f.id === 'vd-phan-loai-toi-thieu')!;
  await openFromTeacher(page, [path.join(dir, 'tiet-cua-co.json'), choice.json, sort.json, ...choice.media, ...sort.media]);
  await expect(page).toHaveURL(/#\/lesson\/tiet-cua-co$/);
  await expect(page.getByRole('heading', { name: 'Tiết của cô' })).toBeVisible();
  await expect(page.locator('#lesson')).toContainText('Hỏi cả lớp trước.');

  // Step 1, the choice: the cat.
  await page.getByRole('button', { name: /Con gì kêu meo meo/ }).click();
  const cat = page.locator('#twins').getByRole('button', { name: /: mèo$/ });
  await cat.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#live')).toHaveText('Đúng rồi!');
  // The end screen of a lesson's step leads on to the lesson.
  await pressTwin(page.locator('#twins').getByRole('button', { name: 'Hoạt động tiếp theo' }));

  // Step 2, the sort, straight from the end screen's ▶: each thing into its bin.
  await expect(page.locator('#twins').getByRole('button', { name: 'Chọn: hòn đá', exact: true })).toBeVisible();
  for (const [thing, bin] of [['hòn đá', 'Chìm'], ['nút bần', 'Nổi']]) {
    const a = page.locator('#twins').getByRole('button', { name: `Chọn: ${thing}`, exact: true });
    await a.focus();
    await page.keyboard.press('Enter');
    const b = page.locator('#twins').getByRole('button', { name: `Đặt vào: ${bin}`, exact: true });
    await b.focus();
    await page.keyboard.press('Enter');
    await expect(a).toHaveCount(0);
  }
  await expect.poll(async () => (await readEvidence(page)).some((s) => s.object.id.includes('lesson') && s.verb.id.endsWith('/completed'))).toBe(true);
});

test('a broken file opened from the teacher\'s area: its card is in view, focused, in the player\'s font', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('lopvui.lang', 'vi'));
  const broken = path.join(dir, 'hong.json');
  writeFileSync(broken, '{\n  "id": "hong",\n  "kind": "sort",\n  "title": "Vần",\n  "subject": "science",\n  "band": "mn-5-6",\n  "competencies": ["nl.tinh-toan"],\n  "bins": [{ "id": "chim", "label": "Chìm" }, { "id": "noi", "label": "Nổi" }],\n  "items": [{ "text": "đá", "bin": "chim" }, { "text": "lá", "bin": "bay" }]\n}\n');
  await unlockTeacher(page);
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  // The teacher has scrolled down to the button.
  await page.locator('section.own').scrollIntoViewIfNeeded();
  await page.locator('section.own input[type="file"]').setInputFiles([broken]);
  const card = page.getByRole('alert').filter({ hasText: 'hong.json' });
  await expect(card).toBeInViewport();
  await expect(card).toBeFocused();
  await expect(card).toContainText('hong.json:9:69  items[1].bin  không có nhóm "bay" trong "bins"; các nhóm có: "chim", "noi"');
  const font = await card.locator('pre').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).toMatch(/^"?Nunito/);
  await page.screenshot({ path: path.join(project, 'test-results/guide-broken-card.png') });

  // An unknown competency code: the card says which codes were likely meant.
  const code = path.join(dir, 'hong-2.json');
  writeFileSync(code, readFileSync(broken, 'utf8').replace('"hong"', '"hong-2"').replace('nl.tinh-toan', 'nl.toan-hoc').replace('"bay"', '"noi"'));
  await openFromTeacher(page, [code]);
  await expect(page.getByRole('alert').filter({ hasText: 'hong-2.json' })).toContainText(
    'hong-2.json:7:20  competencies[0]  không có mã năng lực "nl.toan-hoc" trong danh mục; có phải là "nl.tinh-toan" (Tính toán), "nl.tin-hoc" (Tin học), "nl.khoa-hoc" (Khoa học)?',
  );
});
