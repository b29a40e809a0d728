import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import type { Statement } from '../../src/model/evidence/xapi.ts';

/** The test LRS itself (test/lrs/start-lrs.cjs, started by the Playwright config), on loopback. */
export const LRS_DIRECT = 'http://127.0.0.1:8091/xAPI/';
/**
 * The test LRS as the player reaches it: through the preview server (vite.config.ts), so the
 * page talks to its own origin under the shipped Content-Security-Policy.
 */
export const LRS = 'http://127.0.0.1:4173/xAPI/';

/** Collects what the player would make heard (effects and narration), from page start. */
export async function listenForSounds(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __sounds: unknown[] };
    w.__sounds = [];
    addEventListener('lopvui:sound', (e) => w.__sounds.push((e as CustomEvent).detail));
  });
}

export const sounds = (page: Page) => page.evaluate(() => (window as unknown as { __sounds: { kind: string; name?: string; how?: string }[] }).__sounds);

/** Open an activity and wait until its first option is on screen (its twin exists). */
export async function openActivity(page: Page, id: string, lang: 'vi' | 'en' = 'vi'): Promise<void> {
  await page.addInitScript((l) => localStorage.setItem('lopvui.lang', l), lang);
  await page.goto(`./#/play/${id}`);
  await expect(option(page, /./).first()).toBeVisible();
}

/** The twin of an answer card whose name ends with `label` ("Lựa chọn 2: 5"). */
export function option(page: Page, label: string | RegExp): Locator {
  const tail = typeof label === 'string' ? new RegExp(`^(Lựa chọn|Option) \\d+: ${escape(label)}$`) : new RegExp(`^(Lựa chọn|Option) \\d+: .*${label.source}`);
  return page.locator('#twins').getByRole('button', { name: tail });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Act through the twin with the keyboard, as a clicker or a screen reader would. */
export async function pressTwin(twin: Locator, key: 'Enter' | ' ' = 'Enter'): Promise<void> {
  await twin.focus();
  await twin.press(key);
}

/** The page point at the centre of a twin, which is the centre of its canvas object. */
export async function centreOf(twin: Locator): Promise<{ x: number; y: number }> {
  const box = await twin.boundingBox();
  if (!box) throw new Error('twin has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Every statement in the evidence store, read back from IndexedDB itself. */
export function readEvidence(page: Page): Promise<Statement[]> {
  return page.evaluate(
    () =>
      new Promise<Statement[]>((resolve, reject) => {
        const open = indexedDB.open('lopvui-evidence');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('statements')) return resolve([]);
          const req = db.transaction('statements').objectStore('statements').getAll();
          req.onsuccess = () => resolve((req.result as Statement[]).sort((a, b) => a.timestamp.localeCompare(b.timestamp)));
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

export const live = (page: Page) => page.locator('#live');

/** Choose the options named `labels` (with a keyboard), then Check when there are several. */
export async function answer(page: Page, labels: string[]): Promise<void> {
  for (const l of labels) await pressTwin(option(page, l));
  if (labels.length > 1) await pressTwin(page.locator('#twins').getByRole('button', { name: /^(Kiểm tra|Check)$/ }));
}

/** The question now shown, from the twins' group name ("Câu 2 trên 4"). */
export async function waitForItem(page: Page, n: number, total: number): Promise<void> {
  await expect(page.locator('#twins')).toHaveAttribute('aria-label', new RegExp(`^(Câu ${n} trên ${total}|Question ${n} of ${total})$`));
}

/**
 * Pass the grown-up gate: the first time, set the PIN and note the recovery code it shows
 * (returned); afterwards, type the PIN.
 */
export async function unlockTeacher(page: Page, pin = '2468'): Promise<string | undefined> {
  await page.goto('./#/teacher');
  const choose = page.getByLabel(/Đặt mã PIN|Choose a PIN/);
  const enter = page.getByLabel(/^(Mã PIN|PIN)$/);
  const setting = await Promise.race([choose.waitFor().then(() => true), enter.waitFor().then(() => false)]);
  let code: string | undefined;
  if (setting) {
    await choose.fill(pin);
    await page.getByLabel(/Nhập lại mã PIN|Type the PIN again/).fill(pin);
    await page.getByRole('button', { name: /^(Mở|Open)$/ }).click();
    code = await page.locator('[data-recovery-code]').innerText();
    await page.getByRole('button', { name: /Tôi đã ghi lại mã|I have written it down/ }).click();
  } else {
    await enter.fill(pin);
    await page.getByRole('button', { name: /^(Mở|Open)$/ }).click();
  }
  await expect(page.getByRole('heading', { name: /Khu vực giáo viên|Teacher's area/ })).toBeVisible();
  return code;
}

/**
 * Fail the test on any Content-Security-Policy violation in any page of its context: the
 * player must run whole under the policy in index.html. Kept self-contained (one function
 * and the fixture below) so it moves with the support module.
 */
export async function failOnCspViolation(context: BrowserContext): Promise<() => void> {
  const violations: string[] = [];
  await context.exposeBinding('__lopvuiCspViolation', ({ page }, text: string) => void violations.push(`${page?.url() ?? ''}: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __lopvuiCspViolation?: (t: string) => void }).__lopvuiCspViolation;
      report?.(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return () => expect(violations, 'Content-Security-Policy violations').toEqual([]);
}

/** Every end-to-end test: Playwright's test with the CSP watch on its context (automatic). */
export const test = base.extend<{ cspWatch: void }>({
  cspWatch: [
    async ({ context }, use) => {
      const check = await failOnCspViolation(context);
      await use();
      check();
    },
    { auto: true },
  ],
});
export { expect };
