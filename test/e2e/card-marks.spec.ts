import { expect, test, type Page } from '@playwright/test';

/**
 * Marks are sacred (DESIGN.md §4): the ✓ / ✕ of a card never covers its word, whose stacked
 * tone marks change the word (cho ≠ chó), and "selected" is a lifted card with no mark at all.
 * The bounds come from the Phaser objects themselves (`?bounds` makes every card report its
 * label's and its mark's box), for the card every kind uses, in its selected, wrong and right looks.
 */
const activity = JSON.stringify({
  id: 'dau-thanh-chong',
  kind: 'choice',
  title: 'Dấu thanh chồng',
  subject: 'vietnamese',
  band: 'lop-1',
  shuffle: false,
  items: [
    { prompt: 'Chọn ỄỘ', options: [{ text: 'ỄỘẪẶ ỄỘ', correct: true }, { text: 'ẫặ ễộ ẫặ' }, { text: 'CỘ ĐỄ Ặ' }] },
    { prompt: 'Chọn hai', options: [{ text: 'ỄỘ', correct: true }, { text: 'ẫặ', correct: true }, { text: 'Ộ' }] },
  ],
});

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface CardBounds {
  look: string;
  label: string;
  text?: Box;
  mark?: Box;
}

const cards = (page: Page) => page.evaluate(() => (window as unknown as { __lopvuiCards?: () => CardBounds[] }).__lopvuiCards?.() ?? []);
const intersects = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

async function press(page: Page, name: RegExp): Promise<void> {
  const twin = page.locator('#twins').getByRole('button', { name });
  await twin.focus();
  await page.keyboard.press('Enter');
}

/** Waits until a card shows `look`, then checks no mark of any card meets any card's label. */
async function expectMarksClear(page: Page, look: string): Promise<CardBounds[]> {
  await expect.poll(async () => (await cards(page)).some((c) => c.look === look)).toBe(true);
  const all = await cards(page);
  for (const c of all) {
    if (c.look === 'correct' || c.look === 'wrong') expect(c.mark, `${c.label} (${c.look}) has its mark`).toBeDefined();
    if (c.look === 'selected' || c.look === 'idle') expect(c.mark, `${c.label} (${c.look}) carries no mark`).toBeUndefined();
    for (const other of all) if (c.mark && other.text) expect(intersects(c.mark, other.text), `the mark of "${c.label}" (${c.look}) covers "${other.label}"`).toBe(false);
  }
  return all;
}

test('a card\'s ✓ and ✕ never cover its word, and selected carries no mark', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('lopvui.lang', 'vi'));
  await page.goto('./?bounds');
  await expect(page.locator('.tile').first()).toBeVisible();
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dau-thanh-chong.json', { type: 'application/json' }));
    return dt;
  }, activity);
  await page.dispatchEvent('#menu', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('#menu', 'drop', { dataTransfer: transfer });

  // Wrong: the chosen card shows its ✕ beside its word, not on it.
  await press(page, /: ẫặ ễộ ẫặ$/);
  const wrong = await expectMarksClear(page, 'wrong');
  expect(wrong.find((c) => c.label === 'ẫặ ễộ ẫặ')?.text?.h, 'the label has its height').toBeGreaterThan(20);
  // Right: ✓ beside the word.
  await press(page, /: ỄỘẪẶ ỄỘ$/);
  await expectMarksClear(page, 'correct');

  // Selected (several right answers): lifted, outlined, no ✓.
  await expect(page.locator('#twins').getByRole('button', { name: /: ẫặ$/ })).toBeVisible();
  await press(page, /: ỄỘ$/);
  const selected = await expectMarksClear(page, 'selected');
  const chosen = selected.find((c) => c.label === 'ỄỘ');
  const other = selected.find((c) => c.label === 'ẫặ');
  expect(chosen?.text && other?.text && chosen.text.y < other.text.y, 'the selected card is lifted').toBe(true);
});
