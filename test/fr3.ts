import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const id of ['l2-vat-song', 'l1-cong-trong-10']) {
  const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
  await p.goto(`http://127.0.0.1:4173/#/play/${id}`);
  await p.locator('#twins .twin').nth(3).waitFor();
  await p.waitForTimeout(1500);
  await p.evaluate('window.__name = (f) => f');
  const frames = await p.evaluate(() => new Promise<number[]>((res) => { const f: number[] = []; let last = performance.now(); const tick = (n: number) => { f.push(n - last); last = n; if (f.length < 90) requestAnimationFrame(tick); else res(f); }; requestAnimationFrame(tick); }));
  frames.sort((a, b) => a - b);
  console.log(id, 'idle median', frames[45]?.toFixed(1), 'p95', frames[85]?.toFixed(1));
  await p.close();
}
await b.close();
