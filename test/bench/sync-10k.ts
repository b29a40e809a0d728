/**
 * npm run bench:sync: the time to sync 10,000 queued statements to a local LRS (Learning
 * Locker's xapi-statements, in memory, on loopback), from the player in headless Chromium.
 */
import { execSync, spawn } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { allowNamedFunctions } from './page-helpers.ts';

const root = path.resolve(import.meta.dirname, '../..');
const N = 10_000;
const LRS_PORT = '8092';
const LRS_DIRECT = `http://127.0.0.1:${LRS_PORT}/xAPI/`;
/** Reached through the preview server, as the e2e tests do: the page's CSP allows its own origin and https only. */
const LRS = 'http://127.0.0.1:4183/xAPI/';

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

execSync('npm run build', { cwd: root, stdio: 'ignore' });
const lrs = spawn('node', ['test/lrs/start-lrs.cjs'], { cwd: root, env: { ...process.env, LRS_PORT }, stdio: 'ignore' });
const server = await preview({ root, logLevel: 'silent', preview: { port: 4183, strictPort: true, host: '127.0.0.1', proxy: { '/xAPI': `http://127.0.0.1:${LRS_PORT}` } } });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  await waitFor(`${LRS_DIRECT}about`);
  const page = await browser.newPage();
  await page.goto('http://127.0.0.1:4183/');
  await page.locator('.tile').first().waitFor();
  await allowNamedFunctions(page);
  // 10,000 answers as the player stores them, queued in the outbox, written straight to IndexedDB.
  await page.evaluate(async (n) => {
    const put = (db: string, store: string, rows: [string, unknown][]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          for (const [k, v] of rows) tx.objectStore(store).put(v, k);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      });
    const statements: [string, unknown][] = [];
    const queue: [string, unknown][] = [];
    for (let i = 0; i < n; i++) {
      const id = crypto.randomUUID();
      statements.push([id, {
        id,
        actor: { objectType: 'Agent', account: { homePage: 'https://lopvui.local', name: `hs-${i % 30}` } },
        verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'vi-VN': 'đã trả lời' } },
        object: { id: 'urn:lopvui:activity:l1-cong-trong-10#item-1', definition: { interactionType: 'choice' } },
        result: { success: i % 3 !== 0, response: '3' },
        context: { registration: crypto.randomUUID(), contextActivities: { parent: [{ id: 'urn:lopvui:activity:l1-cong-trong-10' }] } },
        timestamp: new Date(Date.now() - (n - i) * 1000).toISOString(),
      }]);
      queue.push([id, i]);
    }
    await put('lopvui-outbox', 'queue', queue);
    await put('lopvui-evidence', 'statements', statements);
  }, N);
  await page.evaluate((c) => localStorage.setItem('lopvui.lrs', JSON.stringify(c)), { endpoint: LRS, key: 'k', secret: 's', enabled: true, sendNames: false });
  const started = Date.now();
  await page.reload(); // the player starts, finds the LRS set and the queue full
  const waiting = () =>
    page.evaluate(() => new Promise<number>((resolve) => {
      const open = indexedDB.open('lopvui-outbox');
      open.onsuccess = () => {
        const req = open.result.transaction('queue').objectStore('queue').count();
        req.onsuccess = () => resolve(req.result);
      };
    }));
  await page.locator('.tile').first().waitFor();
  while ((await waiting()) > 0) await new Promise((r) => setTimeout(r, 100));
  const seconds = (Date.now() - started) / 1000;
  let held = 0;
  for (let url: string | undefined = `${LRS}statements?limit=1000`; url; ) {
    const body = (await (await fetch(url, { headers: { Authorization: 'Basic azpz', 'X-Experience-API-Version': '1.0.3' } })).json()) as { statements: unknown[]; more?: string };
    held += body.statements.length;
    url = body.more ? new URL(body.more, LRS).href : undefined;
  }
  console.log(`${N.toLocaleString('en')} queued statements synced to the local LRS in ${seconds.toFixed(1)} s (${Math.round(N / seconds)} per second, batches of 200); the LRS holds ${held.toLocaleString('en')}`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  lrs.kill();
}
