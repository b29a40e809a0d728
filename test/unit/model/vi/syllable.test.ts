import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeSyllable, isRhyme, isSyllable, markStyleOf, sameSyllable, spellingRule, splitSyllable } from '../../../../src/model/vi/syllable.ts';
import { stripTone, TONES, TONE_TELEX, type Tone } from '../../../../src/model/vi/tones.ts';

const BY_TELEX = new Map(TONES.map((t) => [TONE_TELEX[t], t] as [string, Tone]));
const golden = readFileSync(path.join(import.meta.dirname, 'golden-syllables.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [word = '', onset = '', rhyme = '', tone = ''] = l.trim().split(/\s+/);
    return { word, onset: onset === '-' ? '' : onset, rhyme, tone: BY_TELEX.get(tone) };
  });

describe('Vietnamese syllables: the golden table', () => {
  it('has several hundred distinct syllables, each with a known tone', () => {
    expect(new Set(golden.map((g) => g.word)).size).toBeGreaterThan(400);
    for (const g of golden) expect(g.tone, g.word).toBeDefined();
  });

  it('splits every syllable into its âm đầu, vần and thanh', () => {
    const wrong = golden.filter((g) => JSON.stringify(splitSyllable(g.word)) !== JSON.stringify({ onset: g.onset, rhyme: g.rhyme, tone: g.tone }));
    expect(wrong.map((g) => `${g.word}: ${JSON.stringify(splitSyllable(g.word))}`)).toEqual([]);
  });

  it('composes every syllable back from its parts, the mark on the right vowel', () => {
    const wrong = golden.filter((g) => composeSyllable({ onset: g.onset, rhyme: g.rhyme, tone: g.tone! }) !== g.word);
    expect(wrong.map((g) => `${g.word} ≠ ${composeSyllable({ onset: g.onset, rhyme: g.rhyme, tone: g.tone! })}`)).toEqual([]);
  });

  it('reads decomposed (NFD) input as the same syllable', () => {
    for (const g of golden) expect(splitSyllable(g.word.normalize('NFD')), g.word).toEqual(splitSyllable(g.word));
  });
});

describe('Vietnamese syllables: the rules', () => {
  it('puts the mark on oa, oe, uy where the style says and accepts both', () => {
    expect(composeSyllable({ onset: 'h', rhyme: 'oa', tone: 'huyen' }, 'new')).toBe('hoà');
    expect(composeSyllable({ onset: 'h', rhyme: 'oa', tone: 'huyen' }, 'old')).toBe('hòa');
    expect(composeSyllable({ onset: 'th', rhyme: 'uy', tone: 'hoi' }, 'old')).toBe('thủy');
    expect(composeSyllable({ onset: 'kh', rhyme: 'oe', tone: 'hoi' }, 'old')).toBe('khỏe');
    expect(sameSyllable('hoà', 'hòa')).toBe(true);
    expect(sameSyllable('thuỷ', 'thủy')).toBe(true);
    expect(splitSyllable('hòa')).toEqual(splitSyllable('hoà'));
    // A final consonant leaves no choice: toán, never tóan.
    expect(composeSyllable({ onset: 't', rhyme: 'oan', tone: 'sac' }, 'old')).toBe('toán');
  });

  it('tells which style a file uses, where it shows', () => {
    expect(markStyleOf('hoà')).toBe('new');
    expect(markStyleOf('hòa')).toBe('old');
    expect(markStyleOf('hoa')).toBeUndefined();
    expect(markStyleOf('toán')).toBeUndefined();
  });

  it('ignores case and surrounding spaces', () => {
    expect(sameSyllable(' Bà ', 'bà')).toBe(true);
    expect(splitSyllable('QUẢ')).toEqual({ onset: 'qu', rhyme: 'a', tone: 'hoi' });
  });

  it('tells different syllables apart, by any one part', () => {
    expect(sameSyllable('bà', 'bá')).toBe(false);
    expect(sameSyllable('bà', 'cà')).toBe(false);
    expect(sameSyllable('ban', 'bàn')).toBe(false);
    expect(sameSyllable('bàn', 'bàng')).toBe(false);
  });

  it('refuses what is not one syllable', () => {
    for (const s of ['', 'con mèo', 'xyz', 'bđ', 'abcd', 'tr', 'banh2']) expect(splitSyllable(s), s).toBeUndefined();
  });

  it('strips the tone, keeping the other marks', () => {
    expect(stripTone('ượ')).toEqual({ base: 'ươ', tone: 'nang' });
    expect(stripTone('ậ'.normalize('NFD'))).toEqual({ base: 'â', tone: 'nang' });
    expect(stripTone('đ')).toEqual({ base: 'đ', tone: 'ngang' });
  });

  it('knows the c/k, g/gh, ng/ngh spelling rules', () => {
    expect(spellingRule('c', 'e')).toBe('c→k');
    expect(spellingRule('k', 'a')).toBe('k→c');
    expect(spellingRule('g', 'i')).toBe('g→gh');
    expect(spellingRule('gh', 'a')).toBe('gh→g');
    expect(spellingRule('ngh', 'e')).toBe(undefined);
    expect(spellingRule('ng', 'ê')).toBe('ng→ngh');
    expect(spellingRule('b', 'e')).toBe(undefined);
    for (const g of golden) expect(spellingRule(g.onset, g.rhyme), g.word).toBeUndefined();
  });
});

describe('Vietnamese syllables: only real vần pass', () => {
  it('accepts every syllable of the golden table as one', () => {
    expect(golden.filter((g) => !isSyllable(g.word)).map((g) => g.word)).toEqual([]);
  });

  it('refuses what is not a syllable: ă and â at the end, iê/uô/ươ without a final, a vần that does not exist', () => {
    const not = ['bă', 'câ', 'mẩ', 'biê', 'muô', 'mươ', 'iên', 'bươ', 'băi', 'tơc', 'bưn', 'quu', 'quo', 'bay̆', 'kyên', 'biac', 'bôa', 'hoơ', 'yt', 'bych', 'ce', 'ghà', 'ngo̧', 'càt', 'mẽp', 'baaa', 'xyz'];
    expect(not.filter((w) => isSyllable(w))).toEqual([]);
  });

  it('knows which finals each nucleus takes', () => {
    for (const r of ['an', 'ăn', 'ân', 'iêng', 'uông', 'ương', 'ươu', 'oanh', 'uyên', 'uân', 'oong', 'yêu', 'ưu']) expect(isRhyme(r), r).toBe(true);
    for (const r of ['ă', 'â', 'iê', 'uô', 'ươ', 'ơc', 'ăi', 'ênh ', 'oă', 'ec h']) expect(isRhyme(r), r).toBe(false);
  });
});
