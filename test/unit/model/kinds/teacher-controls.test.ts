import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../../../src/model/activity/schema.ts';
import { answerChoice, choiceFinished, nextItem, previousItem, resumeChoice, revealChoice, startChoice, choiceSummary } from '../../../../src/model/kinds/choice/rules.ts';
import { memoryFinished, memorySummary, resumeMemory, revealMemory, startMemory, turnCard } from '../../../../src/model/kinds/memory/rules.ts';
import { placementFinished, place, placementSummary, resumePlacement, revealPlacement } from '../../../../src/model/kinds/placement.ts';
import { startSort } from '../../../../src/model/kinds/sort/rules.ts';
import { revealTrace, startTrace, strokesOfItem, nextTrace } from '../../../../src/model/kinds/trace/rules.ts';
import { currentWords, nextWords, revealWords, startWords } from '../../../../src/model/kinds/words/rules.ts';
import { seededRng } from '../../../../src/model/random.ts';

/** What the projector's reveal, next and previous do to each kind's rules, and a reload's resume. */
const envelope = { id: 'thu', title: 'T', subject: 'math', band: 'lop-1', competencies: ['nl.tinh-toan'] };
const parse = (o: object) => activitySchema.parse({ ...envelope, ...o });

const choice = parse({
  kind: 'choice',
  shuffle: false,
  items: [
    { prompt: 'a', options: [{ text: '1' }, { text: '2', correct: true }] },
    { prompt: 'b', options: [{ text: '3', correct: true }, { text: '4' }] },
    { prompt: 'c', options: [{ text: '5' }, { text: '6', correct: true }] },
  ],
});
if (choice.kind !== 'choice') throw new Error('kind');

describe('choice: reveal, previous, resume', () => {
  it('a revealed item shows the right options and scores 0', () => {
    const { play, outcome } = revealChoice(startChoice(choice, seededRng(1)));
    expect(outcome).toMatchObject({ type: 'revealed', correct: [1], result: { score: 0, revealed: true, success: false } });
    expect(play.itemDone).toBe(true);
    expect(revealChoice(play).outcome.type).toBe('ignored'); // twice is once
  });

  it('previous replays the item before and drops its score', () => {
    let p = nextItem(answerChoice(startChoice(choice, seededRng(1)), [1]).play);
    p = nextItem(answerChoice(p, [0]).play);
    expect(p.results.map((r) => r.score)).toEqual([1, 1]);
    const back = previousItem(p);
    expect(back.index).toBe(1);
    expect(back.results.map((r) => r.score)).toEqual([1]);
    expect(previousItem(startChoice(choice, seededRng(1))).index).toBe(0);
  });

  it('skipping every item with reveal ends the activity with one star', () => {
    let p = startChoice(choice, seededRng(1));
    while (!choiceFinished(p)) p = nextItem(revealChoice(p).play);
    expect(choiceSummary(p)).toMatchObject({ raw: 0, max: 3, stars: 1 });
  });

  it('resumes a saved play of this activity at the start of its item, and refuses a stranger', () => {
    const p = nextItem(answerChoice(startChoice(choice, seededRng(1)), [1]).play);
    const saved = JSON.parse(JSON.stringify(p)) as unknown;
    expect(resumeChoice(saved, choice)).toMatchObject({ index: 1, results: [{ score: 1 }], itemDone: false });
    expect(resumeChoice({ ...(saved as object), index: 7 }, choice)).toBeUndefined();
    expect(resumeChoice({ ...(saved as object), order: [[0, 1]] }, choice)).toBeUndefined();
    expect(resumeChoice('nonsense', choice)).toBeUndefined();
  });
});

const sort = parse({
  kind: 'sort',
  subject: 'science',
  bins: [{ id: 'chim', label: 'Chìm' }, { id: 'noi', label: 'Nổi' }],
  items: [{ text: 'đá', bin: 'chim' }, { text: 'lá', bin: 'noi' }, { text: 'xu', bin: 'chim' }],
});
if (sort.kind !== 'sort') throw new Error('kind');

describe('sort, match, sequence: reveal and resume', () => {
  it('reveal puts every thing left in its place, scoring 0, and keeps what the child placed', () => {
    const p = place(startSort(sort, seededRng(1)), 'i1', 'chim').play;
    const { play, shown } = revealPlacement(p);
    expect(shown.map((s) => s.thing).sort()).toEqual(['i2', 'i3']);
    expect(play.placed).toEqual({ i1: 'chim', i2: 'noi', i3: 'chim' });
    expect(placementFinished(play)).toBe(true);
    expect(placementSummary(play)).toMatchObject({ raw: 1, max: 3 });
  });

  it('resumes the same board with its placed things; refuses another board or a misplaced thing', () => {
    const fresh = startSort(sort, seededRng(1));
    const p = place(fresh, 'i1', 'chim').play;
    expect(resumePlacement(JSON.parse(JSON.stringify(p)), fresh)?.placed).toEqual({ i1: 'chim' });
    expect(resumePlacement({ ...p, placed: { i1: 'noi' } }, fresh)).toBeUndefined();
    expect(resumePlacement({ ...p, problem: { ...p.problem, maxAttempts: 9 } }, fresh)).toBeUndefined();
    expect(resumePlacement(null, fresh)).toBeUndefined();
  });
});

describe('words, trace, memory: reveal', () => {
  it('words: every empty slot gets a right card and the round scores 0', () => {
    const a = parse({ kind: 'words', subject: 'vietnamese', items: [{ type: 'sentence', sentence: 'Em yêu bà.' }] });
    if (a.kind !== 'words') throw new Error('kind');
    const p0 = startWords(a, 'vi', seededRng(2));
    const { play, shown } = revealWords(p0);
    expect(shown).toHaveLength(currentWords(p0).slots.length);
    expect(shown.map((s) => currentWords(p0).tiles.find((t) => t.id === s.tile)?.text)).toEqual(currentWords(p0).slots);
    expect(nextWords(play).scores).toEqual([0]);
  });

  it('trace: the strokes left are drawn for the child and the letter scores 0', () => {
    const a = parse({ kind: 'trace', subject: 'vietnamese', items: [{ glyph: 'a' }] });
    if (a.kind !== 'trace') throw new Error('kind');
    const { play, drawn } = revealTrace(a, startTrace());
    expect(drawn).toEqual(strokesOfItem(a, 0));
    expect(play.stroke).toBe(drawn.length);
    expect(nextTrace(play).scores).toEqual([0]);
  });

  it('memory: every hidden pair turns up, scoring 0; found pairs keep their score; resume keeps found pairs', () => {
    const a = parse({ kind: 'memory', subject: 'vietnamese', pairs: [{ a: { text: 'A' }, b: { text: 'a' } }, { a: { text: 'B' }, b: { text: 'b' } }] });
    if (a.kind !== 'memory') throw new Error('kind');
    const fresh = startMemory(a, seededRng(3));
    const p = turnCard(turnCard(fresh, 'p1a').play, 'p1b').play;
    expect(resumeMemory(JSON.parse(JSON.stringify(p)), fresh)?.found).toEqual([0]);
    const { play, pairs } = revealMemory(p);
    expect(pairs).toEqual([1]);
    expect(memoryFinished(play)).toBe(true);
    expect(memorySummary(play)).toMatchObject({ raw: 1, max: 2 });
    expect(turnCard(play, 'p2a').outcome.type).toBe('ignored');
    expect(resumeMemory({ ...p, cards: [...p.cards].reverse() }, fresh)).toBeUndefined();
  });
});
