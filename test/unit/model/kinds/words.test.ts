import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../../../src/model/activity/schema.ts';
import { validateActivityText } from '../../../../src/model/activity/validate.ts';
import { currentWords, dropTile, layoutRound, letters, nextWords, startWords, wordsEvidence, wordsSummary, type WordsPlay } from '../../../../src/model/kinds/words/rules.ts';
import { seededRng } from '../../../../src/model/random.ts';

const envelope = { id: 'tu', title: 'Từ', subject: 'vietnamese', band: 'lop-1', competencies: ['nl.ngon-ngu'] };
const a = activitySchema.parse({
  ...envelope,
  kind: 'words',
  items: [
    { type: 'spell', word: { vi: 'cò', en: 'stork' }, extra: ['a'] },
    { type: 'sentence', sentence: 'Em yêu bà.' },
    { type: 'blank', sentence: 'Con mèo ___ chuột.', answer: 'bắt', extra: ['ăn', 'ngủ'] },
    { type: 'spell', word: 'con cò', by: 'syllable' },
  ],
});
if (a.kind !== 'words') throw new Error('kind');
const tileFor = (p: WordsPlay, text: string) => currentWords(p).tiles.find((t) => t.text === text && !Object.values(p.filled).includes(t.id))!.id;

describe('words rules', () => {
  it('lays out letters (NFC, one per letter with its marks), sentence words with the end mark kept, and a blank', () => {
    expect(letters('cò'.normalize('NFD'))).toEqual(['c', 'ò']);
    const [spell, sentence, blank, bySyllable] = a.items.map((it) => layoutRound(it, 'vi', seededRng(1)));
    expect(spell).toMatchObject({ slots: ['c', 'ò'], answer: 'cò' });
    expect(spell!.tiles.map((t) => t.text).sort()).toEqual(['a', 'c', 'ò']);
    expect(sentence).toMatchObject({ slots: ['Em', 'yêu', 'bà'], after: '.' });
    expect(blank).toMatchObject({ slots: ['bắt'], before: ['Con mèo '], after: ' chuột.', answer: 'Con mèo bắt chuột.' });
    expect(bySyllable?.slots).toEqual(['con', 'cò']);
    expect(layoutRound(a.items[0]!, 'en', seededRng(1)).slots).toEqual(['s', 't', 'o', 'r', 'k']);
  });

  it('accepts any card with the right text in a slot, refuses others and counts the try', () => {
    let p = startWords(a, 'vi', seededRng(2));
    let r = dropTile(p, tileFor(p, 'a'), 0);
    expect(r.outcome).toMatchObject({ type: 'wrong', slot: 0, attemptsLeft: 2 });
    p = r.play;
    expect(wordsEvidence(p, r.outcome, [])).toMatchObject({ success: false, completed: false, response: 'a', attempt: 1 });
    r = dropTile(p, tileFor(p, 'c'), 0);
    expect(r.outcome).toMatchObject({ type: 'correct', roundDone: false });
    r = dropTile(r.play, tileFor(r.play, 'ò'), 1);
    expect(r.outcome).toMatchObject({ type: 'correct', roundDone: true });
    expect(wordsEvidence(r.play, r.outcome, [])).toMatchObject({ success: true, completed: true, response: 'cò', attempt: 2 });
    expect(nextWords(r.play).scores).toEqual([0.5]);
  });

  it('a card already used or a slot already filled is ignored', () => {
    const p = startWords(a, 'vi', seededRng(2));
    const c = tileFor(p, 'c');
    const r = dropTile(p, c, 0);
    expect(dropTile(r.play, c, 1).outcome.type).toBe('ignored');
    expect(dropTile(r.play, tileFor(r.play, 'ò'), 0).outcome.type).toBe('ignored');
  });

  it('after the last wrong try a right card goes into the slot by itself, and the item scores 0', () => {
    let p = startWords(a, 'vi', seededRng(2));
    for (let i = 0; i < 3; i++) p = dropTile(p, tileFor(p, 'a'), 0).play;
    expect(currentWords(p).tiles.find((t) => t.id === p.filled[0])?.text).toBe('c');
    p = dropTile(p, tileFor(p, 'ò'), 1).play;
    expect(nextWords(p).scores).toEqual([0]);
  });

  it('plays every item to the end, the summary from all of them', () => {
    let p = startWords(a, 'vi', seededRng(5));
    while (p.index < p.rounds.length) {
      currentWords(p).slots.forEach((s, i) => (p = dropTile(p, tileFor(p, s), i).play));
      p = nextWords(p);
    }
    expect(wordsSummary(p)).toEqual({ raw: 4, max: 4, stars: 3 });
  });

  it('a blank sentence needs exactly one ___', () => {
    const text = JSON.stringify({ ...envelope, kind: 'words', items: [{ type: 'blank', sentence: 'Con mèo bắt chuột.', answer: 'bắt' }] }, null, 2);
    expect(validateActivityText(text, { file: 't.json' }).issues.map((i) => `${i.path}:${i.key}`)).toEqual(['items[0].sentence:words.blank']);
  });
});
