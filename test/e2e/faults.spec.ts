import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { answered, expect, home, live, menuShown, option, playAgain, pressTwin, readEvidence, test, timesSaid, twin, twins, useLang, waitForItem, windowBeside, withVerb } from './support/index.ts';

/**
 * What classrooms do to a tablet: files that are not what they claim, two tabs at once, a
 * clock set wrong, a child hammering the screen, a window resized mid-drag. Each ends with no
 * statement lost or doubled and the child still able to play.
 */
const ids = (list: { id: string }[]) => list.map((s) => s.id);

test.beforeEach(({ page }) => useLang(page, 'vi'));

test('fuzzed activity files dropped on the player: each one plays or shows its error card, never a blank screen', async ({ page }) => {
  const sample = readFileSync(path.resolve(import.meta.dirname, '../../levels/mam-non/con-vat-keu.json'), 'utf8');
  const texts = fc.sample(
    fc.oneof(
      fc.nat({ max: sample.length }).map((n) => sample.slice(0, n)),
      fc.tuple(fc.nat({ max: sample.length }), fc.string({ unit: 'binary', maxLength: 4 })).map(([n, junk]) => sample.slice(0, n) + junk + sample.slice(n)),
      fc.constantFrom('{"id": "x"}', '[]', 'null', `${'['.repeat(5000)}${']'.repeat(5000)}`, sample.replace('"mn-con-vat-keu"', '"fuzz-ok"')),
    ),
    { numRuns: 10, seed: 42 },
  );
  await page.goto('./');
  for (const text of texts) {
    await menuShown(page);
    const transfer = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'fuzz.json', { type: 'application/json' }));
      return dt;
    }, text);
    await page.dispatchEvent('#menu', 'drop', { dataTransfer: transfer });
    const card = page.getByRole('alert').filter({ hasText: 'fuzz.json' });
    await expect(card.or(home(page))).toBeVisible();
    if (await card.isVisible()) await card.getByRole('button', { name: 'Đóng' }).click();
    else await page.goto('./#/');
  }
});

test('two windows record at once: every answer of both is kept, once', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('./#/play/mn-con-vat-keu');
  const tabs = [first, await windowBeside(first, './#/play/mn-con-vat-keu')];
  await Promise.all(tabs.map((p) => expect(option(p, 'mèo')).toBeVisible()));
  for (const [i, animal] of ['mèo', 'cá', 'chó', 'vịt'].entries()) {
    await Promise.all(tabs.map((p) => waitForItem(p, i + 1, 4)));
    await Promise.all(tabs.map((p) => pressTwin(option(p, animal))));
    await Promise.all(tabs.map((p) => expect.poll(() => timesSaid(p, 'Đúng rồi!')).toBe(i + 1)));
  }
  await Promise.all(tabs.map((p) => expect(playAgain(p)).toBeVisible()));
  const stored = await readEvidence(tabs[0]!);
  const answers = withVerb(stored, 'answered');
  expect(answers).toHaveLength(8);
  expect(new Set(ids(stored)).size).toBe(stored.length);
  expect(new Set(answers.map((s) => s.context?.registration)).size).toBe(2);
});

test('the clock jumps back a year and forward again mid-activity: every answer is kept, in a sane order', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-24T08:00:00Z') });
  await page.goto('./#/play/mn-con-vat-keu');
  const jumps = ['2025-11-24T08:00:00Z', '2031-01-01T00:00:00Z', '2026-11-24T08:05:00Z'];
  for (const [i, animal] of ['mèo', 'cá', 'chó', 'vịt'].entries()) {
    await waitForItem(page, i + 1, 4);
    await pressTwin(option(page, animal));
    await expect.poll(() => timesSaid(page, 'Đúng rồi!')).toBe(i + 1);
    if (jumps[i]) await page.clock.setSystemTime(new Date(jumps[i]!));
    await page.clock.runFor(2000); // the pause after a right answer
  }
  await expect(playAgain(page)).toBeVisible();
  const stored = await readEvidence(page);
  expect(withVerb(stored, 'answered')).toHaveLength(4);
  expect(withVerb(stored, 'completed')).toHaveLength(1);
  expect(new Set(ids(stored)).size).toBe(stored.length);
  // No statement claims a time before the player was built (a clock set back is not believed).
  for (const s of stored) expect(Date.parse(s.timestamp)).toBeGreaterThan(Date.parse('2026-01-01T00:00:00Z'));
});

test('a child taps every target twenty times a second: each try counts once, and the game goes on', async ({ page }) => {
  await page.goto('./#/play/mn-con-vat-keu');
  await expect(option(page, 'mèo')).toBeVisible();
  const targets = await twins(page).getByRole('button', { name: /^Lựa chọn/ }).all();
  const points = await Promise.all(targets.map(async (t) => {
    const b = (await t.boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  }));
  for (let i = 0; i < 40; i++) {
    const p = points[i % points.length]!;
    await page.mouse.click(p.x, p.y);
    await page.waitForTimeout(50); // the child's rhythm (twenty taps a second), not a wait for the player
  }
  const stored = await readEvidence(page);
  const answers = withVerb(stored, 'answered');
  expect(new Set(ids(stored)).size).toBe(stored.length);
  // At most three tries per question, then the answer is shown: never more statements than that.
  const perItem = new Map<string, number>();
  for (const s of answers) perItem.set(s.object.id, (perItem.get(s.object.id) ?? 0) + 1);
  for (const n of perItem.values()) expect(n).toBeLessThanOrEqual(3);
  expect(answers.length).toBeGreaterThan(0);
  // Still playable: the end is reachable by ordinary answers (each one, or the pause the hammering
  // left, moves the game on: wait for that, not for a fixed time).
  for (let tries = 0; tries < 12 && !(await playAgain(page).isVisible()); tries++) {
    const item = (await twins(page).getAttribute('aria-label')) ?? '';
    const n = Number(/^Câu (\d) trên 4/.exec(item)?.[1] ?? 0);
    const right = option(page, ['mèo', 'cá', 'chó', 'vịt'][n - 1] ?? 'mèo');
    if (await right.isVisible()) await pressTwin(right);
    const movedOn = async () => (await playAgain(page).isVisible()) || (await twins(page).getAttribute('aria-label')) !== item;
    await expect.poll(movedOn, { timeout: 4000 }).toBe(true).catch(() => undefined); // tried again below if not
  }
  await expect(playAgain(page)).toBeVisible();
});

test('the window is resized in the middle of a drag: the card lands or goes home, and the sort plays to the end', async ({ page }) => {
  await page.goto('./#/play/mn-chim-noi');
  const thing = (name: string) => twin(page, `Chọn: ${name}`);
  const stone = thing('hòn đá');
  await expect(stone).toBeVisible();
  const from = (await stone.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 120, from.y + 160, { steps: 8 });
  await page.setViewportSize({ width: 1024, height: 768 }); // the tablet turns, or a window is resized
  await page.mouse.move(500, 600, { steps: 8 });
  await page.mouse.up();
  // Every card sorted by keyboard afterwards: the game took the interrupted drag in its stride.
  const bins: Record<string, string> = { 'hòn đá': 'Chìm', 'chìa khoá': 'Chìm', 'đồng xu': 'Chìm', 'chiếc lá': 'Nổi', 'quả bóng': 'Nổi', 'nút bần': 'Nổi' };
  for (const [name, bin] of Object.entries(bins)) {
    const card = thing(name);
    if (!(await card.isVisible())) continue; // already in its bin
    await pressTwin(card);
    await pressTwin(twin(page, `Đặt vào: ${bin}`));
  }
  await expect(playAgain(page)).toBeVisible();
  const stored = await readEvidence(page);
  expect(new Set(ids(stored)).size).toBe(stored.length);
  expect(withVerb(stored, 'completed')).toHaveLength(1);
});

test('the tab is killed between an answer and its write: the next start stores it, once', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('./#/play/mn-con-vat-keu');
  await expect(option(page, 'mèo')).toBeVisible();
  // From now on no IndexedDB write completes: the tab is dying while it writes.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The tab is being killed.', 'AbortError');
    };
  });
  await pressTwin(option(page, 'mèo'));
  await expect(live(page)).toHaveText('Đúng rồi!');
  await page.close();
  // The journal hands over entries at least five seconds old (a younger one may be another tab's
  // write in flight): the next starts come six seconds later by the tablet's clock, which runs on from there.
  await context.clock.install({ time: Date.now() + 6000 });
  for (let start = 0; start < 2; start++) {
    const again = await context.newPage();
    await again.goto('./');
    await menuShown(again);
    await expect.poll(async () => (await answered(again)).length).toBe(1);
    await again.close();
  }
});
