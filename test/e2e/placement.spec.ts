import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { centreOf, expect, listenForSounds, readEvidence, sounds, test } from './support.ts';

/**
 * sort, match and sequence: one drag-and-drop core, reached by dragging, by tap-to-pick and
 * tap-to-place (mouse or finger), by the keyboard through the twins, and by two fingers at once.
 */
const levels = path.resolve(import.meta.dirname, '../../levels');
const read = <T>(f: string) => JSON.parse(readFileSync(path.join(levels, f), 'utf8')) as T;
type Text = string | { vi?: string };
const vi = (t: Text | undefined) => (typeof t === 'string' ? t : (t?.vi ?? ''));

const sort = read<{ id: string; bins: { id: string; label: Text }[]; items: { text: Text; bin: string }[] }>('khoa-hoc/chim-noi.json');
const match = read<{ id: string; pairs: { left: { text: Text }; right: unknown }[] }>('mam-non/so-va-so-luong.json');
const sequence = read<{ id: string; cards: { text: Text }[] }>('khoa-hoc/cay-lon-len.json');

/** Every move of a play to the end: which thing goes into which place, by their twin names. */
const moves = {
  [sort.id]: sort.items.map((it) => [vi(it.text), vi(sort.bins.find((b) => b.id === it.bin)?.label)]),
  [match.id]: match.pairs.map((p, i) => [vi(p.left.text), `hình ${i + 1}`]),
  [sequence.id]: sequence.cards.map((c, i) => [vi(c.text), `Ô số ${i + 1}`]),
} as Record<string, [string, string][]>;

const thing = (page: Page, name: string) => page.locator('#twins').getByRole('button', { name: `Chọn: ${name}`, exact: true });
const placeTwin = (page: Page, name: string) => page.locator('#twins').getByRole('button', { name: `Đặt vào: ${name}`, exact: true });

type Way = 'keyboard' | 'drag' | 'tap' | 'finger';
async function move(page: Page, way: Way, from: string, to: string): Promise<void> {
  const a = thing(page, from);
  const b = placeTwin(page, to);
  if (way === 'keyboard') {
    await a.focus();
    await page.keyboard.press('Enter');
    await expect(a).toHaveAttribute('aria-pressed', 'true');
    await b.focus();
    return page.keyboard.press('Enter');
  }
  const [p, q] = [await centreOf(a), await centreOf(b)];
  if (way === 'drag') {
    await page.mouse.move(p.x, p.y);
    await page.mouse.down();
    await page.mouse.move(p.x + 20, p.y + 20, { steps: 2 });
    await page.mouse.move(q.x, q.y, { steps: 5 });
    return page.mouse.up();
  }
  if (way === 'tap') {
    await page.mouse.click(p.x, p.y);
    await expect(a).toHaveAttribute('aria-pressed', 'true');
    return page.mouse.click(q.x, q.y);
  }
  await page.touchscreen.tap(p.x, p.y);
  await expect(a).toHaveAttribute('aria-pressed', 'true');
  await page.touchscreen.tap(q.x, q.y);
}

/** Every kind by keyboard and by dragging; tap-to-place by mouse and by finger on one kind each (same core). */
const plays: [Way, string[]][] = [
  ['keyboard', [sort.id, match.id, sequence.id]],
  ['drag', [sort.id, match.id, sequence.id]],
  ['tap', [sort.id]],
  ['finger', [match.id]],
];
for (const [way, ids] of plays) {
  test.describe(`by ${way}`, () => {
    test.use({ hasTouch: way === 'finger' });
    for (const id of ids) {
      test(`${id} plays to the end`, async ({ page }) => {
        await page.goto(`./#/play/${id}`);
        const list = moves[id]!;
        await expect(thing(page, list[0]![0])).toBeVisible();
        for (const [from, to] of list) {
          await move(page, way, from, to);
          await expect(thing(page, from)).toHaveCount(0); // placed: its twin is gone
        }
        await expect(page.locator('#twins').getByRole('button', { name: 'Chơi lại' })).toBeVisible();
        const evidence = await readEvidence(page);
        const answered = evidence.filter((s) => s.verb.id.endsWith('/answered'));
        expect(answered.map((s) => s.result?.success)).toEqual(list.map(() => true));
        expect(answered.every((s) => s.object.definition?.interactionType === 'matching')).toBe(true);
        expect(evidence.filter((s) => s.verb.id.endsWith('/completed'))).toHaveLength(1);
      });
    }
  });
}

test('a wrong drop goes back with a gentle cue and is counted; the third goes home by itself', async ({ page }) => {
  await listenForSounds(page);
  await page.goto(`./#/play/${sort.id}`);
  const [stone] = sort.items;
  const wrongBin = vi(sort.bins.find((b) => b.id !== stone!.bin)?.label);
  const before = await thing(page, vi(stone!.text)).boundingBox();
  await move(page, 'drag', vi(stone!.text), wrongBin);
  await expect(page.locator('#live')).toHaveText(/Chưa đúng/);
  await expect.poll(async () => (await thing(page, vi(stone!.text)).boundingBox())?.y).toBe(before?.y);
  await move(page, 'keyboard', vi(stone!.text), wrongBin);
  await expect(thing(page, vi(stone!.text))).toHaveAttribute('aria-pressed', 'false');
  await move(page, 'keyboard', vi(stone!.text), wrongBin);
  await expect(page.locator('#live')).toHaveText(`${vi(stone!.text)} được đặt vào đúng chỗ.`);
  await expect(thing(page, vi(stone!.text))).toHaveCount(0);
  expect((await sounds(page)).filter((s) => s.kind === 'effect').map((s) => s.name)).toEqual(['wrong', 'wrong', 'wrong']);
  const answered = (await readEvidence(page)).filter((s) => s.verb.id.endsWith('/answered'));
  expect(answered.map((s) => [s.result?.success, s.result?.completion, s.result?.extensions?.['urn:lopvui:ext:attempt']])).toEqual([
    [false, false, 1],
    [false, false, 2],
    [false, true, 3],
  ]);
});

test.describe('two fingers at once', () => {
  test.use({ hasTouch: true });
  test('two children drag two things into two bins at the same time', async ({ page }) => {
    await page.goto(`./#/play/${sort.id}`);
    // Two things that go into different bins.
    const pairs = [sort.items[0]!, sort.items.find((it) => it.bin !== sort.items[0]!.bin)!];
    const from = await Promise.all(pairs.map((it) => centreOf(thing(page, vi(it.text)))));
    const to = await Promise.all(pairs.map((it) => centreOf(placeTwin(page, vi(sort.bins.find((x) => x.id === it.bin)?.label)))));
    const cdp = await page.context().newCDPSession(page);
    const points = (k: number) => from.map((f, i) => ({ x: f.x + (to[i]!.x - f.x) * k, y: f.y + (to[i]!.y - f.y) * k, id: i }));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
    for (let k = 1; k <= 10; k++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(k / 10) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    for (const it of pairs) await expect(thing(page, vi(it.text))).toHaveCount(0);
    // Both answers reach IndexedDB (the second write may still be landing).
    const answered = async () => (await readEvidence(page)).filter((s) => s.verb.id.endsWith('/answered')).map((s) => s.result?.success);
    await expect.poll(answered).toEqual([true, true]);
  });
});
