import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The DOM twins of the canvas (src/ui/twins.ts): one button per interactive canvas object,
 * named for people, placed over it. Tests find what is on the canvas through them.
 */
export const twins = (page: Page): Locator => page.locator('#twins');

/** The twin named `name` (the whole name when a string). */
export const twin = (page: Page, name: string | RegExp): Locator => twins(page).getByRole('button', { name, exact: typeof name === 'string' });

/** The twin of an answer card whose name ends with `label` ("Lựa chọn 2: 5"). */
export function option(page: Page, label: string | RegExp): Locator {
  const tail = typeof label === 'string' ? new RegExp(`^(Lựa chọn|Option) \\d+: ${escape(label)}$`) : new RegExp(`^(Lựa chọn|Option) \\d+: .*${label.source}`);
  return twins(page).getByRole('button', { name: tail });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The end screen's "play again", in either language: the activity is over. */
export const playAgain = (page: Page): Locator => twin(page, /^(Chơi lại|Play again)$/);

/** The frame's button back to the menu, in either language. */
export const home = (page: Page): Locator => twin(page, /^(Về trang chính|Back to the menu)$/);

/** The question now shown, from the twins' group name ("Câu 2 trên 4"). */
export async function waitForItem(page: Page, n: number, total: number): Promise<void> {
  await expect(twins(page)).toHaveAttribute('aria-label', new RegExp(`^(Câu ${n} trên ${total}|Question ${n} of ${total})$`));
}

/** A kind's scene is ready: its frame (home first) and at least one thing to act on have twins. */
export async function sceneReady(page: Page): Promise<void> {
  await expect(home(page)).toBeVisible();
  await expect(twins(page).locator('.twin').nth(2)).toBeAttached();
}
