import { answered, expect, live, option, playAgain, pressTwin, test, useLang, waitForItem } from './support/index.ts';

/** In WebGL (the "look" project): a tablet's GPU drops the context mid-activity and gives it back. */
test('the WebGL context is lost mid-activity and restored: the game draws on and the child plays to the end', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await useLang(page, 'vi');
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
  await pressTwin(option(page, 'mèo')); // answered while the GPU is gone
  await expect(live(page)).toHaveText('Đúng rồi!');
  await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
  for (const [i, animal] of ['cá', 'chó', 'vịt'].entries()) {
    await waitForItem(page, i + 2, 4);
    await pressTwin(option(page, animal));
  }
  await expect(playAgain(page)).toBeVisible();
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
  expect(await answered(page)).toHaveLength(4);
  expect(errors).toEqual([]);
});
