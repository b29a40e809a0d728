import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import type { Statement } from '../../src/model/evidence/xapi.ts';
import { answered } from '../support/statements.ts';
import { unlock } from './teacher-view.ts';

/**
 * A teacher imports a year of a class's evidence (100,000 statements) from a backup: the longest
 * task the page runs meanwhile (the import reads and checks in a Worker and writes in chunks, so
 * no task should freeze the page). A speed figure, so it lives here, not in a timed e2e test.
 */
export const IMPORTED = 100_000;

export async function measureImportLongestTask(browser: Browser, base: string): Promise<{ longestMs: number; totalMs: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lopvui-import-'));
  const file = path.join(dir, 'large.json');
  const learners = Array.from({ length: 10 }, (_, i) => ({ id: `hs-${i}`, name: `Học sinh ${i}`, animal: 'meo', color: 'do', archived: false, createdAt: '2026-11-24T08:00:00.000Z', stage: 'lop-1' }));
  const statements: Statement[] = [];
  for (let i = 0; i < IMPORTED; i++) statements.push(answered({ learner: `hs-${i % 10}`, item: (i % 4) + 1, success: i % 3 !== 0, at: Date.UTC(2026, 9, 1) + i * 1000 }));
  writeFileSync(file, JSON.stringify({ format: 'lopvui-backup', version: 1, exportedAt: '2026-11-24T08:00:00.000Z', device: 'http://localhost/', learners, statements, judgements: [] }));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      localStorage.setItem('lopvui.lang', 'vi');
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
    });
    await unlock(page, base, false); // sets the PIN on the fresh device
    await page.getByRole('button', { name: 'Sao lưu và dữ liệu' }).click();
    await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
    const started = Date.now();
    await page.getByLabel(/Nhập bản sao lưu/).setInputFiles(file);
    await page.getByRole('status').filter({ hasText: `Đã nhập: ${IMPORTED} minh chứng mới` }).waitFor({ timeout: 300_000 });
    const totalMs = Date.now() - started;
    const longestMs = await page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks));
    return { longestMs, totalMs };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
