import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playsFirstItemEarly } from '../../../src/app/first-item/which.ts';
import { firstItemWords } from '../../../src/app/first-item/words.ts';
import { gameSize } from '../../../src/app/first-item/sketch.ts';
import { activitySchema, type Activity } from '../../../src/model/activity/schema.ts';
import { cardPlaces } from '../../../src/engine/kinds/choice-layout.ts';

const choice = (extra: Record<string, unknown> = {}, item: Record<string, unknown> = {}): Activity =>
  activitySchema.parse({
    id: 'cong',
    kind: 'choice',
    title: 'Cộng',
    subject: 'math',
    band: 'lop-1',
    competencies: ['nl.tinh-toan'],
    items: [{ prompt: 'Có mấy quả táo?', image: 'images/math/apples-3.svg', options: [{ text: '2' }, { text: '3', correct: true }], ...item }],
    ...extra,
  });

describe('which first items play before the engine', () => {
  it('a choice for readers whose first question has one right word', () => {
    expect(playsFirstItemEarly(choice())).toBe(true);
    expect(playsFirstItemEarly(choice({ band: ['lop-1', 'lop-2'] }))).toBe(true);
  });

  it('not for children who cannot read yet: a mầm non band, alone or among others, starts read aloud by the engine', () => {
    expect(playsFirstItemEarly(choice({ band: 'mn-5-6' }))).toBe(false);
    expect(playsFirstItemEarly(choice({ band: ['mn-5-6', 'lop-1'] }))).toBe(false);
  });

  it('not when the first question has several right answers, or a picture on a card', () => {
    expect(playsFirstItemEarly(choice({}, { options: [{ text: '3 + 4', correct: true }, { text: '6 + 1', correct: true }, { text: '5 + 1' }] }))).toBe(false);
    expect(playsFirstItemEarly(choice({}, { options: [{ text: 'mèo', image: 'images/cat.svg', correct: true }, { text: 'chó' }] }))).toBe(false);
  });

  it('not for another kind', () => {
    const other = activitySchema.parse(JSON.parse(readFileSync('levels/lop-1/chu-hoa-chu-thuong.json', 'utf8')));
    expect(other.kind).not.toBe('choice');
    expect(playsFirstItemEarly(other)).toBe(false);
  });
});

describe("the first item's words", () => {
  it('every word in both languages, with the values the catalogues name', () => {
    const words = firstItemWords();
    for (const lang of ['vi', 'en'] as const) {
      for (const [key, text] of Object.entries(words[lang])) expect(text, `${lang}.${key}`).not.toBe('');
      expect(words[lang].option).toContain('{{n}}');
      expect(words[lang].option).toContain('{{name}}');
      expect(words[lang].progress).toContain('{{total}}');
    }
    expect(words.vi.option).toBe('Lựa chọn {{n}}: {{name}}');
  });
});

describe('the early canvas holds the game as the engine does', () => {
  it('the design area fits, the long side grows (EXPAND)', () => {
    expect(gameSize(1280, 720)).toEqual({ w: 1280, h: 720, px: 1 });
    expect(gameSize(1920, 1080)).toEqual({ w: 1280, h: 720, px: 1.5 });
    expect(gameSize(1024, 768)).toMatchObject({ w: 1280, h: 960, px: 0.8 });
    expect(gameSize(768, 1024)).toMatchObject({ w: 1280, h: 1707 });
  });

  it('the cards sit under the picture, side by side, as the scene lays them out', () => {
    const three = cardPlaces(3, { image: true, multiple: false });
    expect(three.map((c) => Math.round(c.x))).toEqual([272, 640, 1008]);
    for (const c of three) expect(c.y - c.h / 2).toBeGreaterThanOrEqual(330);
    const four = cardPlaces(4, { image: false, multiple: true });
    for (const c of four) expect(c.y + c.h / 2).toBeLessThanOrEqual(600);
  });
});
