import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { act as actOn, expect, openActivity, option, playAgain, readEvidence, test, twin, twins, withVerb, type Way } from './support/index.ts';

/**
 * Every sample, played to the end with the right answers, by each way a child or a teacher
 * reaches the canvas: a finger, a mouse, a keyboard. The right answers come from the files.
 */
interface Sample {
  id: string;
  items: { options: { text?: string | { vi?: string }; correct?: boolean }[] }[];
}
const levels = path.resolve(import.meta.dirname, '../../levels');
const samples: Sample[] = ['lop-1/cong-trong-10.json', 'mam-non/con-vat-keu.json', 'mam-non/dem-tao.json'].map((f) => JSON.parse(readFileSync(path.join(levels, f), 'utf8')) as Sample);
const label = (t: string | { vi?: string } | undefined) => (typeof t === 'string' ? t : (t?.vi ?? ''));

/** An option by its label, or another twin by a pattern of its name. */
const act = (page: Page, way: Way, name: string | RegExp) => actOn(page, way, typeof name === 'string' ? option(page, name) : twin(page, name));

/** Every sample by keyboard; by mouse and by finger one sample each (the same canvas path). */
const plays: [Way, Sample[]][] = [
  ['keyboard', samples],
  ['mouse', samples.slice(0, 1)],
  ['finger', samples.slice(1, 2)],
];
for (const [way, list] of plays) {
  test.describe(`by ${way}`, () => {
    test.use({ hasTouch: way === 'finger' });
    for (const sample of list) {
      test(`${sample.id} plays to the end`, async ({ page }) => {
        await openActivity(page, sample.id);
        for (const [i, item] of sample.items.entries()) {
          await expect(twins(page)).toHaveAttribute('aria-label', `Câu ${i + 1} trên ${sample.items.length}`);
          const right = item.options.filter((o) => o.correct).map((o) => label(o.text));
          for (const r of right) await act(page, way, r);
          if (right.length > 1) await act(page, way, /^Kiểm tra$/);
        }
        await expect(playAgain(page)).toBeVisible();
        const evidence = await readEvidence(page);
        expect(withVerb(evidence, 'answered').map((s) => s.result?.success)).toEqual(sample.items.map(() => true));
        expect(withVerb(evidence, 'completed')).toHaveLength(1);

        // Play again starts the first item anew.
        await act(page, way, /^Chơi lại$/);
        await expect(twins(page)).toHaveAttribute('aria-label', `Câu 1 trên ${sample.items.length}`);
        // Only this item's twins remain: home, listen, and one per option.
        await expect(twins(page).locator('.twin')).toHaveCount(2 + (sample.items[0]?.options.length ?? 0));
      });
    }
  });
}
