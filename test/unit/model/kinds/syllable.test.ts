import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../../../src/model/activity/schema.ts';
import { validateActivityText } from '../../../../src/model/activity/validate.ts';
import { builtText, checkSyllable, choosePart, currentRound, nextSyllable, spellAloud, startSyllable, syllableEvidence, syllableSummary } from '../../../../src/model/kinds/syllable/rules.ts';
import { seededRng } from '../../../../src/model/random.ts';

const envelope = { id: 'ghep', title: 'Ghép vần', subject: 'vietnamese', band: 'lop-1', competencies: ['nl.ngon-ngu'] };
const parse = (items: unknown[], extra = {}) => {
  const a = activitySchema.parse({ ...envelope, kind: 'syllable', items, ...extra });
  if (a.kind !== 'syllable') throw new Error('kind');
  return a;
};

describe('syllable (ghép vần) rules', () => {
  const a = parse([{ syllable: 'bà' }, { syllable: 'hòa' }, { syllable: 'ăn' }]);

  it('offers one right card per row among `choices`, and no âm đầu row when the syllable has none', () => {
    const p = startSyllable(a, seededRng(3));
    expect(currentRound(p).rows.map((r) => r.part)).toEqual(['onset', 'rhyme', 'tone']);
    for (const row of currentRound(p).rows) expect(row.options).toHaveLength(3);
    expect(currentRound(p).rows.find((r) => r.part === 'onset')?.options).toContain('b');
    expect(p.rounds[2]?.rows.map((r) => r.part)).toEqual(['rhyme', 'tone']);
  });

  it('builds bà from b + a + huyền at the first try (score 1), shows the word as written', () => {
    let p = startSyllable(a, seededRng(3));
    p = choosePart(choosePart(p, 'onset', 'b'), 'rhyme', 'a');
    expect(builtText(p)).toBe('ba');
    expect(checkSyllable(p).outcome).toEqual({ type: 'incomplete' });
    p = choosePart(p, 'tone', 'huyen');
    expect(builtText(p)).toBe('bà');
    const { play, outcome } = checkSyllable(p);
    expect(outcome).toMatchObject({ type: 'correct', score: 1, built: 'bà' });
    expect(play.scores).toEqual([1]);
  });

  it('keeps the right cards after a wrong try and clears the wrong ones', () => {
    let p = startSyllable(a, seededRng(3));
    p = choosePart(choosePart(choosePart(p, 'onset', 'b'), 'rhyme', 'a'), 'tone', 'sac');
    const { play, outcome } = checkSyllable(p);
    expect(outcome).toMatchObject({ type: 'wrong', wrongParts: ['tone'], built: 'bá', attemptsLeft: 2 });
    expect(play.chosen).toEqual({ onset: 'b', rhyme: 'a' });
    const again = checkSyllable(choosePart(play, 'tone', 'huyen'));
    expect(again.outcome).toMatchObject({ type: 'correct', attempt: 2, score: 0.5 });
  });

  it('shows the answer after the last wrong try', () => {
    let p = startSyllable(parse([{ syllable: 'bà' }], { maxAttempts: 1 }), seededRng(1));
    p = choosePart(choosePart(choosePart(p, 'onset', 'c'), 'rhyme', 'a'), 'tone', 'huyen');
    const { play, outcome } = checkSyllable(p);
    expect(outcome).toMatchObject({ type: 'revealed', score: 0 });
    expect(play.chosen).toEqual({ onset: 'b', rhyme: 'a', tone: 'huyen' });
  });

  it('writes the mark in the style of the file (hòa stays hòa) and picking a card twice takes it back', () => {
    let p = nextSyllable(startSyllable(a, seededRng(3)));
    p = choosePart(choosePart(choosePart(p, 'onset', 'h'), 'rhyme', 'oa'), 'tone', 'huyen');
    expect(builtText(p)).toBe('hòa');
    expect(choosePart(p, 'tone', 'huyen').chosen.tone).toBeUndefined();
  });

  it('spells aloud as the class does: bờ – a – ba – huyền – bà', () => {
    const p = startSyllable(a, seededRng(3));
    expect(spellAloud(currentRound(p))).toEqual(['bờ', 'a', 'ba', 'huyền', 'bà']);
    expect(spellAloud(p.rounds[2]!)).toEqual(['ăn', 'ăn']);
    expect(spellAloud(startSyllable(parse([{ syllable: 'kẻ' }]), seededRng(1)).rounds[0]!)).toEqual(['cờ', 'e', 'ke', 'hỏi', 'kẻ']);
  });

  it('records each check as fill-in evidence, and sums the items', () => {
    let p = startSyllable(a, seededRng(3));
    p = choosePart(choosePart(choosePart(p, 'onset', 'b'), 'rhyme', 'a'), 'tone', 'huyen');
    const { play, outcome } = checkSyllable(p);
    expect(syllableEvidence(p, outcome, ['nl.ngon-ngu'])).toMatchObject({ interactionType: 'fill-in', response: 'bà', correctResponsesPattern: ['bà'], success: true, completed: true });
    expect(syllableSummary(play)).toMatchObject({ raw: 1, max: 1 });
  });

  it('refuses what is not one syllable, and c/k spelling mistakes, at their place in the file', () => {
    const text = JSON.stringify({ ...envelope, kind: 'syllable', items: [{ syllable: 'con mèo' }, { syllable: 'cé' }, { syllable: 'bà', rhymes: ['A1'] }] }, null, 2);
    const issues = validateActivityText(text, { file: 't.json' }).issues;
    expect(issues.map((i) => `${i.path}:${i.key}`)).toEqual(['items[0].syllable:syllable.notOne', 'items[1].syllable:syllable.spelling', 'items[2].rhymes[0]:syllable.rhyme']);
  });
});
