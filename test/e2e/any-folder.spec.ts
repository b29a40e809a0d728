import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { option } from './support.ts';

/** The built player, copied to any folder of any static server (here /truong/lop-1a/), still plays. */
const dist = path.resolve(import.meta.dirname, '../../dist');
const PREFIX = '/truong/lop-1a/';
let server: Server;
let url: string;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(PREFIX)) return void res.writeHead(404).end();
    let file = path.join(dist, pathname.slice(PREFIX.length));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.ogg': 'audio/ogg' };
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${PREFIX}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the build plays from a sub-folder of another static server', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
  await page.goto(url);
  await page.getByRole('button', { name: /Con gì kêu thế/ }).click();
  await expect(option(page, 'mèo')).toBeVisible();
  const at = await option(page, 'mèo').boundingBox();
  await page.mouse.click(at!.x + at!.width / 2, at!.y + at!.height / 2);
  await expect(page.locator('#live')).toHaveText('Đúng rồi!');
  expect(failed).toEqual([]);
});
