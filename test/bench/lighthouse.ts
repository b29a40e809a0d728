/**
 * npm run lighthouse: Lighthouse (the npm package) against the built player in Debian's
 * Chromium. The menu is audited as a page load (accessibility and installability, the PWA
 * category); the teacher's view as a snapshot after the grown-up gate, since it is reached by
 * typing a PIN, not by a URL alone. Prints the scores, writes bench/lighthouse.json, exits 1
 * when the app is not installable or an accessibility score is under 95.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startFlow } from 'lighthouse';
import puppeteer, { type Page } from 'puppeteer-core';
import { preview } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');
const PORT = 4181;
const A11Y_BUDGET = 95;

interface Row {
  page: string;
  accessibility: number;
  installable?: boolean;
  failing: string[];
}

/** Pass the gate the first time: choose a PIN twice, then pass the recovery code shown once. */
async function unlockTeacher(page: Page, base: string): Promise<void> {
  await page.goto(`${base}#/teacher`);
  await page.waitForSelector('input[name="new-pin"]');
  await page.type('input[name="new-pin"]', '2468');
  await page.type('input[name="repeat-pin"]', '2468');
  await page.click('form.gate button[type="submit"]');
  await page.waitForSelector('[data-recovery-code]');
  await page.click('section.gate button');
  await page.waitForSelector('table.dashboard');
}

/** Some evidence first, so that the teacher's view has a table to read: the first question answered. */
async function playOneAnswer(page: Page, base: string): Promise<void> {
  await page.goto(`${base}#/play/l1-cong-trong-10`);
  // Its first question: "Có mấy quả táo?" with three apples.
  const right = await page.waitForSelector('#twins .twin[aria-label$=": 3"]');
  await right?.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#twins')?.getAttribute('aria-label')?.startsWith('Câu 2'));
  await page.goto(`${base}#/`);
}

async function main(): Promise<void> {
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
  const server = await preview({ root, logLevel: 'silent', preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
  const base = `http://127.0.0.1:${PORT}/`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
    defaultViewport: { width: 1920, height: 1080 },
  });
  try {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => localStorage.setItem('lopvui.lang', 'vi'));
    const flow = await startFlow(page, {
      config: {
        extends: 'lighthouse:default',
        settings: { onlyCategories: ['accessibility', 'pwa'], formFactor: 'desktop', screenEmulation: { mobile: false, width: 1920, height: 1080, deviceScaleFactor: 1, disabled: false } },
      },
    });
    await flow.navigate(base, { name: 'menu' });
    await playOneAnswer(page, base);
    await unlockTeacher(page, base);
    await flow.snapshot({ name: "teacher's view (dashboard)" });
    await page.goto(`${base}#/teacher/settings`);
    await page.waitForSelector('#teacher select, #teacher input');
    await flow.snapshot({ name: "teacher's view (settings)" });
    await page.goto(`${base}#/teacher/sync`);
    await page.waitForSelector('form.sync-form');
    await flow.snapshot({ name: "teacher's view (LRS sync)" });

    const result = await flow.createFlowResult();
    const rows: Row[] = result.steps.map((step) => {
      const lhr = step.lhr;
      const score = (lhr.categories.accessibility?.score ?? 0) * 100;
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id && r.weight > 0))
        .map((a) => a.id);
      const installable = lhr.audits['installable-manifest'];
      for (const id of failing) {
        const items = (lhr.audits[id]?.details as { items?: { node?: { snippet?: string; explanation?: string } }[] } | undefined)?.items ?? [];
        for (const it of items.slice(0, 5)) console.log(`  ${step.name} · ${id}: ${it.node?.snippet ?? ''} ${it.node?.explanation?.split('\n')[1] ?? ''}`);
      }
      return { page: step.name, accessibility: Math.round(score), ...(installable && { installable: installable.score === 1 }), failing };
    });
    console.log(`\n${'page'.padEnd(34)} accessibility  installable  failing audits`);
    for (const r of rows) console.log(`${r.page.padEnd(34)} ${String(r.accessibility).padStart(13)}  ${(r.installable === undefined ? '-' : r.installable ? 'yes' : 'NO').padStart(11)}  ${r.failing.join(', ')}`);
    mkdirSync(path.join(root, 'bench'), { recursive: true });
    writeFileSync(path.join(root, 'bench', 'lighthouse.json'), `${JSON.stringify({ date: new Date().toISOString(), lighthouse: result.steps[0]?.lhr.lighthouseVersion, rows }, null, 2)}\n`);
    if (rows.some((r) => r.accessibility < A11Y_BUDGET || r.installable === false)) process.exitCode = 1;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
