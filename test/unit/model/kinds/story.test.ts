import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n/index.ts';
import { formatIssue } from '../../../../src/model/activity/issues.ts';
import { activitySchema } from '../../../../src/model/activity/schema.ts';
import { validateActivityText } from '../../../../src/model/activity/validate.ts';
import { answered, choose, discover, forward, questionActivity, reachablePages, startStory, storySummary, turnBack, turnForward } from '../../../../src/model/kinds/story/rules.ts';

const envelope = { id: 'truyen', title: 'Truyện', subject: 'story', band: 'mn-4-5', competencies: ['mn.ngon-ngu'] };
const story = {
  ...envelope,
  kind: 'story',
  pages: [
    { text: 'Một', hotspots: [{ id: 'meo', x: 10, y: 10, w: 20, h: 20, label: 'con mèo' }, { x: 50, y: 10, w: 20, h: 20, label: 'cái cây' }] },
    { text: 'Hai', choices: [{ text: 'Đi rừng', goto: 'rung' }, { text: 'Đi biển', goto: 'bien' }] },
    { id: 'rung', text: 'Rừng', next: 'cuoi' },
    { id: 'bien', text: 'Biển', question: { prompt: 'Biển màu gì?', options: [{ text: 'xanh', correct: true }, { text: 'đỏ' }] } },
    { id: 'cuoi', text: 'Hết', end: true },
  ],
};
const a = activitySchema.parse(story);
if (a.kind !== 'story') throw new Error('kind');

describe('story rules', () => {
  it('turns to the following page, stops at a choice point until a branch is chosen', () => {
    let p = turnForward(a, startStory()).play;
    expect(p.page).toBe(1);
    expect(forward(a, p)).toEqual({ type: 'blocked', why: 'choose' });
    p = choose(a, p, 0)!;
    expect(p.page).toBe(2);
    expect(turnForward(a, p)).toMatchObject({ turn: { type: 'page', page: 4 } });
    p = turnForward(a, p).play;
    expect(forward(a, p)).toEqual({ type: 'end' });
  });

  it('goes back along the way the child came, not the file order', () => {
    let p = choose(a, turnForward(a, startStory()).play, 1)!;
    expect(p.page).toBe(3);
    p = turnBack(p)!;
    expect(p.page).toBe(1);
    expect(turnBack(turnBack(p)!)).toBeUndefined();
  });

  it('a question page turns only once answered', () => {
    let p = choose(a, turnForward(a, startStory()).play, 1)!;
    expect(forward(a, p)).toEqual({ type: 'blocked', why: 'answer' });
    expect(questionActivity(a, a.pages[3]!)).toMatchObject({ kind: 'choice', items: [{ prompt: 'Biển màu gì?' }] });
    p = answered(p, 0.5);
    expect(forward(a, p)).toEqual({ type: 'page', page: 4 });
    expect(storySummary(p)).toEqual({ raw: 0.5, max: 1, stars: 2 });
  });

  it('records each hotspot once; a story without questions earns 3 stars', () => {
    let r = discover(a, startStory(), 0);
    expect(r.first).toBe(true);
    r = discover(a, r.play, 0);
    expect(r.first).toBe(false);
    r = discover(a, r.play, 1);
    expect(r.play.found).toEqual(['0:meo', '0:2']);
    expect(storySummary(r.play).stars).toBe(3);
  });

  it('finds pages nobody can reach, and branches to pages that do not exist', () => {
    expect([...reachablePages(a)].sort()).toEqual([0, 1, 2, 3, 4]);
    const lost = { ...a, pages: [...a.pages, { ...a.pages[0]!, id: 'lac', text: 'Không ai tới' }] };
    expect(reachablePages(lost).has(5)).toBe(false);
    const unreachable = validateActivityText(JSON.stringify({ ...story, pages: [...story.pages, { id: 'lac', text: 'Không ai tới' }] }, null, 2), { file: 't.json' }).issues;
    expect(unreachable.map((i) => `${i.path}:${i.key}`)).toEqual(['pages[5]:story.unreachable']);
    const broken = { ...story, pages: [{ text: 'A', next: 'khong-co' }, { text: 'B', choices: [{ text: 'x', goto: 'a' }, { text: 'y', goto: 'nao' }] }] };
    const issues = validateActivityText(JSON.stringify(broken, null, 2), { file: 't.json' }).issues;
    expect(issues.map((i) => `${i.path}:${i.key}`)).toEqual(['pages[0].next:story.noPageStrands', 'pages[1].choices[0].goto:story.noPageStrands', 'pages[1].choices[1].goto:story.noPageStrands']);
    // The missing page cuts off page 2: the message says so, and which page ids there are.
    expect(issues[0]?.params).toMatchObject({ page: 'khong-co', stranded: '2', pages: '—' });
    const named = { ...story, pages: [{ id: 'dau', text: 'A', next: 'giua' }, { id: 'cuoi', text: 'B' }] };
    const [one] = validateActivityText(JSON.stringify(named, null, 2), { file: 't.json' }).issues;
    expect(formatIssue(one!, createI18n('vi').t)).toBe('t.json:14:15  pages[0].next  không có trang nào có "id": "giua"; các id trang có: "dau", "cuoi". Vì thế không đường nào tới trang "cuoi"');
    expect(formatIssue(one!, createI18n('en').t)).toBe('t.json:14:15  pages[0].next  no page has "id": "giua"; the pages\' ids are: "dau", "cuoi". So no way leads to page "cuoi"');
  });
});
