import { expect, option, readEvidence, test, waitForItem } from './support.ts';

/** In WebGL (the "look" project): a tablet's GPU drops the context mid-activity and gives it back. */
test('the WebGL context is lost mid-activity and restored: the game draws on and the child plays to the end', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => localStorage.setItem('lopvui.lang', 'vi'));
  await page.goto('./#/play/mn-con-vat-keu');
  await expect(option(page, 'mèo')).toBeVisible();
  const renderer = await page.evaluate(() => {
    const canvas = document.querySelector('#game canvas') as HTMLCanvasElement;
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    const lose = gl?.getExtension('WEBGL_lose_context');
    (window as unknown as { __lose?: WEBGL_lose_context }).__lose = lose ?? undefined;
    lose?.loseContext();
    return gl ? 'webgl' : 'canvas';
  });
  expect(renderer).toBe('webgl');
  await option(page, 'mèo').focus();
  await page.keyboard.press('Enter'); // answered while the GPU is gone
  await expect(page.locator('#live')).toHaveText('Đúng rồi!');
  await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
  for (const [i, animal] of ['cá', 'chó', 'vịt'].entries()) {
    await waitForItem(page, i + 2, 4);
    await option(page, animal).focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('#twins').getByRole('button', { name: 'Chơi lại' })).toBeVisible();
  // Drawn again: the canvas shows the end screen's pixels, not an empty context.
  const drawn = await page.evaluate(() => {
    const canvas = document.querySelector('#game canvas') as HTMLCanvasElement;
    const copy = document.createElement('canvas');
    copy.width = 64;
    copy.height = 36;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0, 64, 36);
    const px = ctx.getImageData(0, 0, 64, 36).data;
    let lit = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) lit++;
    return lit / (64 * 36);
  });
  expect(drawn).toBeGreaterThan(0.5);
  const stored = await readEvidence(page);
  expect(stored.filter((s) => s.verb.id.endsWith('/answered'))).toHaveLength(4);
  expect(errors).toEqual([]);
});
