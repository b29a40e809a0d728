import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { expect, option, test } from './support/index.ts';

/**
 * The authoring loop: the dev server shows a broken level as an error card (the rest still
 * plays) and reloads when a level is saved, without a restart. It runs on a copy of levels/.
 */
const root = path.resolve(import.meta.dirname, '../..');
let server: ViteDevServer;
let levels: string;
let url: string;

// One dev server on a fixed port for the whole file: its tests run in order, in one worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  levels = mkdtempSync(path.join(tmpdir(), 'lopvui-levels-'));
  cpSync(path.join(root, 'levels'), levels, { recursive: true });
  writeFileSync(path.join(levels, 'lop-1', 'hong.json'), '{\n  "id": "hong",\n  "kind": "choice"\n  "title": "x"\n}\n');
  // A teacher's own folder (the copy is outside the project): an activity with its picture beside it, and a
  // lesson that is not in lessons/ but says what it is by its $schema.
  mkdirSync(path.join(levels, 'cua-co'));
  writeFileSync(path.join(levels, 'cua-co', 'tho.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>');
  writeFileSync(
    path.join(levels, 'cua-co', 'tho-va-rua.json'),
    JSON.stringify({ id: 'tho-va-rua', kind: 'choice', title: 'Thỏ và rùa', subject: 'story', band: 'lop-1', icon: 'tho.svg', items: [{ prompt: 'Ai thắng?', options: [{ text: 'rùa', image: 'tho.svg', correct: true }, { text: 'thỏ' }] }] }),
  );
  writeFileSync(path.join(levels, 'cua-co', 'tiet.json'), JSON.stringify({ $schema: '../schema/lesson.schema.json', id: 'tiet-cua-co', title: 'Tiết của cô', band: 'lop-1', steps: [{ activity: 'tho-va-rua' }] }));
  process.env.LOPVUI_LEVELS = levels;
  server = await createServer({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', server: { port: 5199, strictPort: true, host: '127.0.0.1' } });
  await server.listen();
  url = 'http://127.0.0.1:5199/';
});

test.afterAll(async () => {
  await server?.close();
  delete process.env.LOPVUI_LEVELS;
  rmSync(levels, { recursive: true, force: true });
});

test('a broken level shows an error card with file:line:column, the others play, and saving reloads', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(url);
  const card = page.getByRole('alert').filter({ hasText: 'Hoạt động có lỗi' });
  await expect(card).toContainText('hong.json:4:3  (file)  JSON sai cú pháp (CommaExpected)');

  // A schema error is shown the same way, with its JSON path, and in English when asked.
  writeFileSync(path.join(levels, 'lop-1', 'hong.json'), '{\n  "id": "hong",\n  "kind": "choice",\n  "title": "x",\n  "subject": "math",\n  "band": "lop-1",\n  "maxAttempts": "ba",\n  "items": []\n}\n');
  await expect(card).toContainText('hong.json:7:18  maxAttempts  cần một số, nhưng có "ba"');
  await expect(card).toContainText('hong.json:8:12  items  cần ít nhất 1 phần tử');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('alert')).toContainText('hong.json:7:18  maxAttempts  expected a number, got "ba"');

  // The rest of the library still plays.
  await page.getByRole('link', { name: /Adding within 10/ }).click();
  await expect(option(page, '3')).toBeVisible();

  // Editing a level while the server runs: the page reloads with the new text.
  await page.goto(url);
  const file = path.join(levels, 'lop-1', 'cong-trong-10.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('"Adding within 10"', '"Sums up to ten"'));
  await expect(page.getByRole('link', { name: /Sums up to ten/ })).toBeVisible();

  // Fixing the broken file removes its card and adds its tile.
  writeFileSync(
    path.join(levels, 'lop-1', 'hong.json'),
    JSON.stringify({ id: 'hong', kind: 'choice', title: 'Fixed now', subject: 'math', band: 'lop-1', items: [{ prompt: '1 + 1', options: [{ text: '2', correct: true }, { text: '3' }] }] }),
  );
  await expect(page.getByRole('link', { name: /Fixed now/ })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a folder outside the project: its picture beside the file is served, its lesson outside lessons/ is a lesson', async ({ page }) => {
  await page.goto(url);
  await expect(page.getByRole('link', { name: /Tiết của cô/ })).toBeVisible();
  const icon = page.locator('.tile[data-activity="tho-va-rua"] img');
  await expect(icon).toHaveAttribute('src', /cua-co\/tho\.svg$/);
  await icon.scrollIntoViewIfNeeded(); // a tile's picture loads as it comes near the screen
  await expect.poll(() => icon.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
