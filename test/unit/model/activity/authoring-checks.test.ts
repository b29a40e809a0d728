import { describe, expect, it } from 'vitest';
import { validateActivityText } from '../../../../src/model/activity/validate.ts';
import { distinctItems } from '../../../../src/model/math/generate-schema.ts';
import { generateItems } from '../../../../src/model/math/generate.ts';
import { fewestCards } from '../../../../src/model/kinds/path/rules.ts';
import { seededRng } from '../../../../src/model/random.ts';

/**
 * The checks beyond the schema's shapes: what would make a file unplayable or wrong although
 * every field has the right type. Each points at the field to fix, with its line and column.
 */
const envelope = { id: 'thu', version: 1, title: 'T', subject: 'math', band: 'lop-1' };
const problems = (activity: Record<string, unknown>) =>
  validateActivityText(JSON.stringify({ ...envelope, ...activity }, null, 2), { file: 't.json' }).issues.map((i) => `${i.line}:${i.column} ${i.path} ${i.key}`);
const keys = (activity: Record<string, unknown>) => problems(activity).map((p) => p.split(' ').slice(1).join(' '));

describe('checks that catch an unplayable or wrong activity', () => {
  it('a sequence with two cards alike has no single right order', () => {
    const cards = [{ text: 'hạt' }, { text: 'mầm' }, { text: 'hạt' }];
    expect(keys({ kind: 'sequence', cards })).toEqual(['cards[2] sequence.tie']);
    expect(keys({ kind: 'sequence', cards: [{ text: 'hạt' }, { text: 'hạt', image: 'a.svg' }, { text: 'cây' }] })).toEqual([]);
  });

  it('a match with two partners alike cannot be told apart', () => {
    const pairs = [
      { left: { text: '3' }, right: { text: 'ba' } },
      { left: { text: '4' }, right: { text: 'ba' } },
    ];
    expect(keys({ kind: 'match', pairs })).toEqual(['pairs[1].right match.tie']);
  });

  it('a memory card that looks like a card of another pair: matching them would be called a miss', () => {
    const pairs = [
      { a: { image: 'cat.svg' }, b: { text: 'mèo' } },
      { a: { audio: 'meo.ogg' }, b: { image: 'cat.svg' } },
    ];
    expect(keys({ kind: 'memory', pairs })).toEqual(['pairs[1].b memory.tie']);
    // The classic game (the same picture twice in one pair) and two sound cards are fine.
    expect(keys({ kind: 'memory', pairs: [{ a: { image: 'cat.svg' }, b: { image: 'cat.svg' } }, { a: { audio: 'meo.ogg' }, b: { text: 'mèo' } }, { a: { audio: 'gau.ogg' }, b: { text: 'chó' } }] })).toEqual([]);
  });

  it('a story page nobody can reach, located at the page', () => {
    const pages = [
      { text: 'một', end: true },
      { id: 'hai', text: 'hai' },
    ];
    const found = problems({ kind: 'story', pages });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^\d+:\d+ pages\[1\] story\.unreachable$/);
    // A branch to it makes it reachable.
    expect(keys({ kind: 'story', pages: [{ text: 'một', choices: [{ text: 'a', goto: 'hai' }, { text: 'b', goto: 'ba' }] }, { id: 'hai', text: 'hai', end: true }, { id: 'ba', text: 'ba' }] })).toEqual([]);
  });

  it('more generated items than the range holds', () => {
    expect(keys({ kind: 'numeric', generate: { generate: 'add', within: 2, count: 7 } })).toEqual(['generate.count math.tooFewDistinct']);
    expect(keys({ kind: 'numeric', generate: { generate: 'add', within: 2, count: 6 } })).toEqual([]);
  });

  it('counts the distinct items each generator can make, as generating finds them', () => {
    for (const kind of ['add', 'sub', 'missing', 'bond', 'compare'] as const) {
      for (const within of [2, 3, 5]) {
        const possible = distinctItems(kind, within);
        const seen = new Set<string>();
        // With many more tries than items, every possible item turns up: none is missed, none is extra.
        for (let seed = 0; seed < 400; seed++) for (const it of generateItems({ generate: kind, within, count: possible, seed }, seededRng(seed))) seen.add(JSON.stringify(it));
        expect(seen.size, `${kind} within ${within}`).toBe(possible);
      }
    }
  });

  it('a robot that needs more cards than maxCards allows', () => {
    const item = { cols: 8, rows: 2, start: { x: 0, y: 0 }, goal: { x: 7, y: 1 } };
    expect(keys({ kind: 'path', subject: 'technology', maxCards: 6, items: [item] })).toEqual(['items[0].goal path.tooFewCards']);
    expect(keys({ kind: 'path', subject: 'technology', maxCards: 8, items: [item] })).toEqual([]);
    // Repeat cards shorten it: 7 steps right = ×3 → ×3 → → (5 cards), 1 down = 1 card.
    expect(fewestCards({ ...item, obstacles: [] }, true)).toBe(6);
    expect(fewestCards({ ...item, obstacles: [] }, false)).toBe(8);
    expect(fewestCards({ cols: 3, rows: 1, start: { x: 0, y: 0 }, goal: { x: 2, y: 0 }, obstacles: [{ x: 1, y: 0 }] }, true)).toBeUndefined();
  });

  it('a balance that no placing of the shelf can level', () => {
    const objects = [
      { id: 'tao', text: 'táo', mass: 5 },
      { id: 'khoi', text: 'khối', mass: 2 },
    ];
    const item = (shelf: string[]) => ({ kind: 'balance', subject: 'science', objects, items: [{ task: 'balance', left: ['tao'], shelf }] });
    expect(keys(item(['khoi', 'khoi']))).toEqual(['items[0].shelf balance.cannotLevel']);
    // The apple weighs 5 and every cube 2: the difference stays odd, never level.
    expect(keys(item(['khoi', 'khoi', 'khoi']))).toEqual(['items[0].shelf balance.cannotLevel']);
    expect(keys(item(['khoi', 'tao', 'khoi']))).toEqual([]); // an apple on each side
  });

  it('syllables whose parts do not make them', () => {
    const item = (syllable: string) => ({ kind: 'syllable', subject: 'vietnamese', items: [{ syllable }] });
    expect(keys(item('càt'))).toEqual(['items[0].syllable syllable.stopTone']);
    expect(keys(item('muá'))).toEqual(['items[0].syllable syllable.markPlace']);
    for (const fine of ['cát', 'vịt', 'múa', 'hoà', 'hòa', 'quả', 'giếng', 'thuyền']) expect(keys(item(fine)), fine).toEqual([]);
  });

  it('located at line and column of the field to fix', () => {
    const text = '{\n  "id": "thu", "version": 1, "title": "T", "subject": "math", "band": "lop-1",\n  "kind": "sequence",\n  "cards": [{ "text": "a" }, { "text": "b" },\n    { "text": "a" }]\n}';
    const [issue] = validateActivityText(text, { file: 'levels/thu.json' }).issues;
    expect(issue).toMatchObject({ file: 'levels/thu.json', line: 5, column: 5, path: 'cards[2]', key: 'sequence.tie', params: { a: 1, b: 3 } });
  });
});
