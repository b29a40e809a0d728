/**
 * npm run bench:library: a shared library of 200 small packs, from typing its address to the
 * list drawn, then filtering and searching it, in headless Chromium against the built player.
 * Also times `npm run library` on those 200 packs (each read and checked whole, as an import does).
 * Run it under the browser lock: it builds, serves on 4184 and starts a browser.
 */
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { filterPacks } from '../../src/model/library/browse.ts';
import { readLibrary } from '../../src/model/library/library-index.ts';
import { writePack } from '../../src/model/pack/index.ts';
import { serveFolder } from '../e2e/static-server.ts';
import { allowNamedFunctions, quantile } from './page-helpers.ts';

const root = path.resolve(import.meta.dirname, '../..');
const N = 200;
const RUNS = 5;
const BANDS = ['mn-4-5', 'mn-5-6', 'lop-1', 'lop-2', 'lop-3'];
const SCHOOLS = ['TH Kim Đồng', 'TH Lê Lợi', 'MN Hoa Sen', 'TH Nguyễn Trãi', 'MN Sơn Ca'];
const COMPETENCY = { 'mn-4-5': 'mn.nhan-thuc', 'mn-5-6': 'mn.nhan-thuc', 'lop-1': 'nl.tinh-toan', 'lop-2': 'nl.tinh-toan', 'lop-3': 'nl.tinh-toan' } as const;

/** 200 small packs (one numeric activity each, no media), across bands and schools, and their library.json. */
async function makeLibrary(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lopvui-library-200-'));
  for (let i = 0; i < N; i++) {
    const band = BANDS[i % BANDS.length] as keyof typeof COMPETENCY;
    const id = `cum-so-${i}`;
    const activity = {
      id,
      version: 1,
      kind: 'numeric',
      title: { vi: `Tính nhẩm số ${i}`, en: `Mental sums ${i}` },
      subject: 'math',
      band,
      competencies: [COMPETENCY[band]],
      items: [{ prompt: `${i % 9} + 1 = ?`, answer: (i % 9) + 1 }],
    };
    const bytes = await writePack({
      manifest: {
        id: `cum3.so.${i}`,
        version: '1.0.0',
        title: activity.title,
        description: { vi: 'Một gói nhỏ để đo tốc độ duyệt kho.', en: 'A small pack to time browsing.' },
        authors: [`Cô giáo ${i % 17}`],
        school: SCHOOLS[i % SCHOOLS.length],
        cluster: 'Cụm 3',
        bands: [band],
        subjects: ['math'],
        competencies: [COMPETENCY[band]],
      },
      files: [{ path: `activities/${id}.json`, bytes: new TextEncoder().encode(JSON.stringify(activity, null, 2)) }],
    });
    writeFileSync(path.join(dir, `cum3-so-${String(i).padStart(3, '0')}.lopvui`), bytes);
  }
  return dir;
}

/** In the page: do `act`, then the time until the list shows `count` packs (ms, the page's own clock). */
function timeList(page: Page, act: string, count: number): Promise<number> {
  return page.evaluate(
    ({ act, count }) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        const done = () => document.querySelectorAll('.library-list > li').length === count && document.querySelector('#library-results')?.textContent?.includes(String(count));
        const watch = new MutationObserver(() => done() && (watch.disconnect(), resolve(performance.now() - started)));
        watch.observe(document.querySelector('#teacher') as Node, { childList: true, subtree: true, characterData: true });
        // biome-ignore lint/security/noGlobalEval: the bench's own action string, run in the page
        (0, eval)(act);
      }),
    { act, count },
  );
}

const dir = await makeLibrary();
const started = Date.now();
execFileSync('npx', ['tsx', 'src/cli/library.ts', dir], { cwd: root, stdio: 'ignore' });
const cliSeconds = (Date.now() - started) / 1000;
const read = readLibrary(readFileSync(path.join(dir, 'library.json'), 'utf8'));
if (!read.ok || read.library.packs.length !== N) throw new Error(`library.json lists ${read.ok ? read.library.packs.length : read.problem}, not ${N}`);
const QUERY = 'tinh nham so 1';
// What the page must show, from the same model.
const inGrade1 = filterPacks(read.library.packs, { band: 'lop-1' }, 'vi').length;
const found = filterPacks(read.library.packs, { query: QUERY }, 'vi').length;
execSync('npm run build', { cwd: root, stdio: 'ignore' });
const library = await serveFolder(dir);
const server = await preview({ root, logLevel: 'silent', preview: { port: 4184, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto('http://127.0.0.1:4184/#/teacher');
  await page.getByLabel(/Đặt mã PIN/).fill('2468');
  await page.getByLabel(/Nhập lại mã PIN/).fill('2468');
  await page.getByRole('button', { name: /^Mở$/ }).click();
  await page.getByRole('button', { name: /Tôi đã ghi lại mã/ }).click();
  await page.goto('http://127.0.0.1:4184/#/teacher/library');
  await page.getByLabel('Địa chỉ thư mục kho').fill(library.url);
  await allowNamedFunctions(page);
  const open = "document.querySelector('.library-address').requestSubmit()";
  const browse: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Each run starts from an empty list: the panel drawn again without one.
    if (i) await page.evaluate(() => document.querySelector('.library-body')?.replaceChildren());
    browse.push(await timeList(page, open, N));
  }
  const band: number[] = [];
  const search: number[] = [];
  const choose = (v: string) => `(s => (s.value = '${v}', s.dispatchEvent(new Event('change'))))(document.querySelector('#library-band'))`;
  const type = (v: string) => `(s => (s.value = '${v}', s.dispatchEvent(new Event('input'))))(document.querySelector('#library-search'))`;
  for (let i = 0; i < RUNS; i++) {
    band.push(await timeList(page, choose('lop-1'), inGrade1));
    await timeList(page, choose(''), N);
    search.push(await timeList(page, type(QUERY), found));
    await timeList(page, type(''), N);
  }
  const ms = (xs: number[]) => `${quantile(xs, 0.5).toFixed(0)} ms (median of ${xs.length}; max ${Math.max(...xs).toFixed(0)} ms)`;
  console.log(`npm run library on ${N} packs: ${cliSeconds.toFixed(1)} s (each pack read and checked whole)`);
  console.log(`address entered → ${N} packs listed: ${ms(browse)}`);
  console.log(`filter by grade (${N} → ${inGrade1}): ${ms(band)}`);
  console.log(`search "${QUERY}" (${N} → ${found}): ${ms(search)}`);
} finally {
  await browser.close();
  await library.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
