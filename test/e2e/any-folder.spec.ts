import { serveDist, type StaticServer } from './static-server.ts';
import { act, expect, live, option, test } from './support/index.ts';

/** The built player, copied to any folder of any static server (here /truong/lop-1a/), still plays. */
let server: StaticServer;
let url: string;

test.beforeAll(async () => {
  server = await serveDist('/truong/lop-1a/');
  url = server.url;
});

test.afterAll(() => server.close());

test('the build plays from a sub-folder of another static server', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
  await page.goto(url);
  await page.getByRole('link', { name: /Con gì kêu, con gì bơi/ }).click();
  await expect(option(page, 'mèo')).toBeVisible();
  await act(page, 'mouse', option(page, 'mèo'));
  await expect(live(page)).toHaveText('Đúng rồi!');
  expect(failed).toEqual([]);
});
