import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { layoutRound } from '../../src/model/kinds/words/rules.ts';
import type { WordsItem } from '../../src/model/kinds/words/schema.ts';
import { seededRng } from '../../src/model/random.ts';
import { GLYPHS } from '../../src/model/trace/glyphs.ts';
import { resample } from '../../src/model/trace/judge.ts';
import { splitSyllable } from '../../src/model/vi/syllable.ts';
import { TONE_NAME } from '../../src/model/vi/tones.ts';
import { act, answered, drag, expect, listenForSounds, live, narrations, playAgain, pressTwin, readEvidence, said, sceneReady, swipe, test, twin, twins, unlockTeacher, useLang, withVerb, type Lang, type Way } from './support/index.ts';

/**
 * The reading and story kinds played to the end, each by a finger or the mouse and by the
 * keyboard (a clicker), in Vietnamese and English, on a projector and on a tablet.
 */
const levels = path.resolve(import.meta.dirname, '../../levels');
const read = <T>(f: string) => JSON.parse(readFileSync(path.join(levels, f), 'utf8')) as T;
const PROJECTOR = { width: 1920, height: 1080 };
const TABLET = { width: 1024, height: 768 };
async function open(page: Page, id: string, lang: Lang): Promise<void> {
  await listenForSounds(page);
  await useLang(page, lang);
  await page.goto(`./#/play/${id}`);
  await sceneReady(page);
}

// ---------------------------------------------------------------- syllable
type SyllableLevel = { id: string; items: { syllable: string }[] };
// Ten syllables by keyboard; the shorter second set by finger (same scene, half the time).
const syllableRuns: [Way, Lang, typeof TABLET, SyllableLevel][] = [
  ['keyboard', 'vi', PROJECTOR, read('lop-1/ghep-van.json')],
  ['finger', 'en', TABLET, read('lop-1/ghep-van-2.json')],
];
for (const [way, lang, viewport, ghepVan] of syllableRuns) {
  test.describe(`syllable by ${way} (${lang})`, () => {
    test.use({ viewport, hasTouch: way === 'finger' });
    test(`builds ${ghepVan.items.length} syllables and hears each spelled`, async ({ page }) => {
      await open(page, ghepVan.id, lang);
      const names = lang === 'vi' ? { onset: 'Âm đầu', rhyme: 'Vần', tone: 'Thanh', next: 'Tiếp theo' } : { onset: 'Onset', rhyme: 'Rhyme', tone: 'Tone', next: 'Next' };
      for (const item of ghepVan.items) {
        const s = splitSyllable(item.syllable)!;
        if (s.onset) await act(page, way, twin(page, `${names.onset}: ${s.onset}`));
        await act(page, way, twin(page, `${names.rhyme}: ${s.rhyme}`));
        await act(page, way, twin(page, `${names.tone}: ${TONE_NAME[s.tone].vi.replace('thanh ', '')}`));
        await act(page, way, twin(page, names.next));
      }
      await expect(playAgain(page)).toBeVisible();
      expect((await answered(page)).map((s) => [s.result?.response, s.result?.success])).toEqual(ghepVan.items.map((it) => [it.syllable, true]));
      // Each built syllable is spelled aloud as a class reads it, starting with its onset's sound (bờ for b).
      const first = splitSyllable(ghepVan.items[0]!.syllable)!.onset;
      expect((await narrations(page)).map((e) => e.text)).toContain(`${first}ờ`);
    });
  });
}

// ---------------------------------------------------------------- words
const ghepChu = read<{ id: string; items: WordsItem[] }>('lop-1/ghep-chu.json');
const wordsRuns: [Way | 'drag', Lang, typeof TABLET][] = [
  ['keyboard', 'vi', PROJECTOR],
  ['drag', 'en', TABLET],
];
for (const [way, lang, viewport] of wordsRuns) {
  test.describe(`words by ${way} (${lang})`, () => {
    test.use({ viewport });
    test('spells words, orders a sentence and fills a blank', async ({ page }) => {
      await open(page, ghepChu.id, lang);
      const [pickName, intoName] = lang === 'vi' ? ['Chọn', 'Đặt vào: Ô số'] : ['Pick', 'Put into: Space'];
      for (const [n, item] of ghepChu.items.entries()) {
        await expect(twins(page)).toHaveAttribute('aria-label', new RegExp(`(Câu|Question) ${n + 1} `));
        const { slots } = layoutRound(item, lang, seededRng(1));
        for (const [i, text] of slots.entries()) {
          const from = twin(page, `${pickName}: ${text}`).first();
          const to = twin(page, `${intoName} ${i + 1}`);
          if (way === 'keyboard') {
            await pressTwin(from);
            await pressTwin(to);
          } else {
            await drag(page, from, to);
          }
        }
      }
      await expect(playAgain(page)).toBeVisible({ timeout: 10_000 });
      const done = (await answered(page)).filter((s) => s.result?.completion);
      expect(done.map((s) => s.result?.success)).toEqual(ghepChu.items.map(() => true));
      expect(done[3]?.result?.response).toBe(lang === 'vi' ? 'Em yêu bà.' : 'I love grandma.');
    });
  });
}

// ---------------------------------------------------------------- trace
const toChu = read<{ id: string; items: { glyph: string }[] }>('lop-1/to-chu-so.json');
for (const [way, lang, viewport] of [
  ['mouse', 'vi', TABLET],
  ['keyboard', 'en', PROJECTOR],
] as [Way, Lang, typeof TABLET][]) {
  test.describe(`trace by ${way} (${lang})`, () => {
    test.use({ viewport });
    test('traces every letter stroke by stroke and keeps the drawings', async ({ page }) => {
      await open(page, toChu.id, lang);
      const strokeTwin = twin(page, /^(Tô nét|Trace stroke) \d+/);
      for (const item of toChu.items) {
        for (const stroke of GLYPHS[item.glyph]!) {
          if (way === 'keyboard') {
            await pressTwin(strokeTwin);
            continue;
          }
          // Drawn again if a busy machine dropped the moves (the stroke then simply did not count):
          // the stroke twin moves on to the next stroke, or the Next button comes, once it counts.
          const before = await strokeTwin.getAttribute('aria-label');
          for (let attempt = 0; attempt < 3; attempt++) {
            const box = (await strokeTwin.boundingBox())!;
            const at = ([x, y]: readonly [number, number]) => ({ x: box.x + (x / 100) * box.width, y: box.y + (y / 100) * box.height });
            // A point every 8 hundredths of the box: the game resamples the line itself, and a chord that short is within a hair of the curve.
            const points = resample(stroke, 8).map(at);
            await page.mouse.move(points[0]!.x, points[0]!.y);
            await page.mouse.down();
            for (const p of points.slice(1)) await page.mouse.move(p.x + 2, p.y - 2);
            await page.mouse.up();
            const next = twin(page, lang === 'vi' ? 'Tiếp theo' : 'Next');
            const counted = async () => (await next.isVisible()) || (await strokeTwin.getAttribute('aria-label', { timeout: 500 }).then((l) => l !== before, () => true));
            if (await expect.poll(counted, { timeout: 3000 }).toBe(true).then(() => true, () => false)) break;
          }
        }
        await act(page, way, twin(page, lang === 'vi' ? 'Tiếp theo' : 'Next'));
      }
      await expect(playAgain(page)).toBeVisible();
      const answers = await answered(page);
      expect(answers.map((s) => s.result?.success)).toEqual(toChu.items.map(() => true));
      const ext = answers.map((s) => s.result?.extensions ?? {});
      for (const e of ext) expect(String(e['urn:lopvui:ext:product-svg'])).toMatch(/^<svg[^>]*><path d="M[\d. ]+L/);
      // Strokes the keyboard drew are told apart from a finger's.
      expect(ext.some((e) => 'urn:lopvui:ext:by-keyboard' in e)).toBe(way === 'keyboard');
      if (way !== 'mouse') return;
      // The teacher sees the drawings beside the evidence.
      await unlockTeacher(page);
      await page.locator('table.dashboard').getByRole('button', { name: /^Cả lớp, Ngôn ngữ/ }).click();
      await expect(page.locator('.evidence-detail').getByRole('img', { name: 'Bài tô của bé' })).toHaveCount(toChu.items.length);
    });
  });
}

// ---------------------------------------------------------------- memory
const latThe = read<{ id: string; pairs: { a: Face; b: Face }[] }>('mam-non/lat-the.json');
type Face = { text?: { vi: string; en: string }; say?: { vi: string; en: string }; image?: string };
for (const [way, lang, viewport] of [
  ['mouse', 'vi', PROJECTOR],
  ['keyboard', 'en', TABLET],
] as [Way, Lang, typeof TABLET][]) {
  test.describe(`memory by ${way} (${lang})`, () => {
    test.use({ viewport });
    test('turns cards and finds every pair', async ({ page }) => {
      await open(page, latThe.id, lang);
      const word = lang === 'vi' ? 'Thẻ' : 'Card';
      const card = (n: number) => twin(page, new RegExp(`^${word} ${n}[,:]`));
      // Which pair each name belongs to (a picture is named by its partner's word).
      const pairOf = new Map<string, number>();
      latThe.pairs.forEach((p, i) => {
        for (const f of [p.a, p.b]) pairOf.set((f.text ?? f.say ?? (f === p.a ? p.b : p.a).text)![lang], i);
      });
      const seen = new Map<number, number[]>();
      const n = latThe.pairs.length * 2;
      // Cards turned up and not yet matched (a slow tablet may still be turning the last two back).
      const showing = page.locator(`#twins .twin[aria-label^="${word} "][aria-label*=": "]:not([aria-disabled="true"])`);
      // Every name a card's twin has had since the start: after a miss its face turns back down by
      // itself, so the face is read from what the page saw, not from a look that may come too late.
      // Likewise every card the page saw matched (its twin disabled): at the test speed the end
      // screen replaces the board soon after the last pair, sooner than a look at that pair.
      await page.evaluate(() => {
        const names = new Set<string>();
        const matched = new Set<string>();
        Object.assign(window, { __names: names, __matched: matched });
        const root = document.querySelector('#twins')!;
        const note = (records: MutationRecord[] = []) => {
          for (const r of records) if (r.oldValue && r.attributeName === 'aria-label') names.add(r.oldValue);
          for (const e of root.querySelectorAll('.twin')) {
            names.add(e.getAttribute('aria-label') ?? '');
            if (e.getAttribute('aria-disabled') === 'true') matched.add(e.getAttribute('aria-label') ?? '');
          }
        };
        new MutationObserver(note).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label', 'aria-disabled'], attributeOldValue: true });
        note();
      });
      const faceOf = (k: number) => page.evaluate((prefix) => [...(window as unknown as { __names: Set<string> }).__names].find((l) => l.startsWith(prefix)) ?? '', `${word} ${k}: `);
      const wasMatched = (k: number) => page.evaluate((prefix) => [...(window as unknown as { __matched: Set<string> }).__matched].some((l) => l.startsWith(prefix)), `${word} ${k}: `);
      for (let k = 1; k <= n; k++) {
        if (await wasMatched(k)) continue;
        await expect(showing).not.toHaveCount(2);
        await act(page, way, card(k));
        let label = '';
        await expect.poll(async () => (label = await faceOf(k))).toMatch(new RegExp(`^${word} ${k}: `));
        const name = label.replace(new RegExp(`^${word} ${k}: `), '');
        const pair = pairOf.get(name)!;
        seen.set(pair, [...(seen.get(pair) ?? []), k]);
      }
      for (const [, [x, y]] of seen) {
        if (await wasMatched(x!)) continue;
        await expect(showing).toHaveCount(0);
        await act(page, way, card(x!));
        await expect(card(x!)).toHaveAttribute('aria-label', new RegExp(`^${word} ${x}: `));
        await act(page, way, card(y!));
        await expect.poll(() => wasMatched(y!)).toBe(true);
        expect(await wasMatched(x!)).toBe(true);
      }
      await expect(playAgain(page)).toBeVisible();
      // The last pairs' statements may still be on their way to IndexedDB when the end screen comes.
      await expect.poll(async () => (await answered(page)).length).toBe(latThe.pairs.length);
      const answers = await answered(page);
      expect(answers).toHaveLength(latThe.pairs.length);
      expect(answers.every((s) => s.result?.success && s.result.completion)).toBe(true);
    });
  });
}

// ---------------------------------------------------------------- story
const truyen = read<{ id: string }>('truyen/meo-con-di-choi.json');
const pageLabel = (page: Page, n: number) => expect(twins(page)).toHaveAttribute('aria-label', new RegExp(`(trang|page) ${n}$`));

test.describe('story by finger (vi, tablet)', () => {
  test.use({ viewport: TABLET, hasTouch: true });
  test('a child explores with taps and swipes, branches, answers and reaches the end', async ({ page }) => {
    await open(page, truyen.id, 'vi');
    await pageLabel(page, 1);
    for (const name of ['mèo con', 'chú chó', 'ông mặt trời']) await act(page, 'finger', twin(page, name));
    await swipe(page, -400);
    await pageLabel(page, 2);
    await swipe(page, -400); // a choice point does not turn by itself
    await pageLabel(page, 2);
    await act(page, 'finger', twin(page, 'Chọn: Ra ao'));
    await pageLabel(page, 3);
    await act(page, 'finger', twin(page, 'bạn vịt'));
    await swipe(page, 400); // back the way she came
    await pageLabel(page, 2);
    await act(page, 'finger', twin(page, 'Chọn: Vào vườn'));
    await pageLabel(page, 4);
    await act(page, 'finger', twin(page, 'bông hoa'));
    await swipe(page, -400);
    await pageLabel(page, 5);
    await act(page, 'finger', twin(page, /^Lựa chọn \d: mèo$/));
    await pageLabel(page, 6);
    await act(page, 'finger', twin(page, 'Tiếp theo'));
    await expect(playAgain(page)).toBeVisible();

    const evidence = await readEvidence(page);
    const found = withVerb(evidence, 'experienced').map((s) => s.object.id.replace(/^.*:activity:[^:]+:/, ''));
    expect(found).toEqual(['page:1:hotspot:meo', 'page:1:hotspot:cho', 'page:1:hotspot:mat-troi', 'page:2:choice', 'page:3:hotspot:vit', 'page:2:choice', 'page:4:hotspot:hoa']);
    expect(withVerb(evidence, 'answered').map((s) => s.result?.success)).toEqual([true]);
    // Page 1 is read from its recording; pages without one by speech.
    const narration = await narrations(page);
    expect(narration[0]).toMatchObject({ how: 'recording' });
    expect(narration.some((e) => e.how === 'speech' || e.how === 'none')).toBe(true);
  });
});

test.describe('story by clicker (en, projector)', () => {
  test.use({ viewport: PROJECTOR });
  test('a teacher pages the story with PageDown / PageUp alone', async ({ page }) => {
    await open(page, truyen.id, 'en');
    await pageLabel(page, 1);
    await page.keyboard.press('PageDown');
    await pageLabel(page, 2);
    await page.keyboard.press('PageUp');
    await pageLabel(page, 1);
    await page.keyboard.press('PageDown');
    await pressTwin(twin(page, 'Choose: To the pond'));
    await pageLabel(page, 3);
    await page.keyboard.press('PageDown');
    await pageLabel(page, 5);
    await page.keyboard.press('PageDown'); // the question comes first
    await expect(live(page)).toHaveText('Answer the question first.');
    await pressTwin(twin(page, /^Option \d: cat$/));
    await pageLabel(page, 6);
    await page.keyboard.press('PageDown');
    await expect(playAgain(page)).toBeVisible();
  });
});

test.describe('story question over a scene (vi, projector)', () => {
  test.use({ viewport: PROJECTOR });
  test('the things of the scene wait behind an open question: no tap nor keyboard reaches them', async ({ page }) => {
    await open(page, 'truyen-hat-mam-nho', 'vi');
    await page.keyboard.press('PageDown');
    await pageLabel(page, 2);
    await pressTwin(twin(page, 'Chọn: Tưới nước'));
    await pageLabel(page, 3);
    await page.keyboard.press('PageDown');
    await pageLabel(page, 5);
    // The page's flower is under the question's panel: its twin is there, but disabled until the answer.
    await expect(twin(page, 'bông hoa')).toHaveAttribute('aria-disabled', 'true');
    await pressTwin(twin(page, 'bông hoa'));
    await pressTwin(twin(page, /^Lựa chọn \d: nước và nắng$/));
    await pageLabel(page, 6);
    // A thing tapped says its word: the flower pressed behind the panel said nothing.
    expect(await said(page)).not.toContain('bông hoa');
  });
});
