import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n/index.ts';
import { formatIssue } from '../../../../src/model/activity/issues.ts';
import { validateActivityText } from '../../../../src/model/activity/validate.ts';
import { decimal, judgementKey, type Judgement } from '../../../../src/model/evidence/levels.ts';
import { draftComment } from '../../../../src/model/evidence/nhan-xet.ts';
import { applyStatement, isPlayCell, type Rollups } from '../../../../src/model/evidence/rollup.ts';
import { countsToward, learnerReport } from '../../../../src/model/evidence/stage-report.ts';
import { mayShowEmptyStars, mayShowScore } from '../../../../src/model/learners/stage.ts';
import { answered } from '../../../support/statements.ts';

/** A mixed-band activity ("where does it live?", mầm non 4–5 and lớp 2) tagged for both stages. */
const MIXED = ['mn.nhan-thuc', 'nl.khoa-hoc'];
const subjectOf = (id: string) => (id === 'song-o-dau' ? 'science' : id === 'cong' ? 'math' : undefined);

function play(r: Rollups, learner: string, results: [success: boolean, attempt: number][], activity = 'song-o-dau', codes = MIXED): void {
  results.forEach(([success, attempt], i) => applyStatement(r, answered({ learner, activity, item: i + 1, codes, success, attempt })));
}

const judgements = new Map<string, Judgement>();

describe('evidence counts only toward the framework of the child who played', () => {
  const r: Rollups = new Map();
  play(r, 'be-an', [[true, 1], [true, 2], [false, 3], [true, 1]]);
  play(r, 'hs-binh', [[true, 1], [true, 1], [true, 1], [true, 2], [true, 1]]);

  it('tells codes of each stage apart', () => {
    expect(countsToward('mn-4-5', 'mn.nhan-thuc')).toBe(true);
    expect(countsToward('mn-4-5', 'nl.khoa-hoc')).toBe(false);
    expect(countsToward('lop-2', 'nl.khoa-hoc')).toBe(true);
    expect(countsToward('lop-2', 'cs5.104')).toBe(false);
    expect(countsToward(undefined, 'nl.khoa-hoc')).toBe(false);
  });

  it('a preschool child gets observations (how often, at once or with help) and no level anywhere', () => {
    const report = learnerReport({ learner: { id: 'be-an', stage: 'mn-4-5' }, rollups: r, judgements, subjectOf });
    expect(report.schooling).toBe('mam-non');
    if (report.schooling !== 'mam-non') return;
    expect(report.observations.map((o) => o.code)).toEqual(['mn.nhan-thuc']);
    expect(report.observations[0]).toMatchObject({ n: 4, firstTry: 2, later: 1, shown: 1 });
    // Nothing level-like in the whole report: no Tốt/Đạt/Cần cố gắng, no Hoàn thành, no mean score.
    expect(JSON.stringify(report)).not.toMatch(/"(tot|dat|can-co-gang|htt|ht|cht|chua-du)"|"mean"|"proposal"|"level"/);
  });

  it('a pupil gets a subject proposal on Hoàn thành tốt / Hoàn thành / Chưa hoàn thành and competency proposals on Tốt / Đạt / Cần cố gắng', () => {
    const report = learnerReport({ learner: { id: 'hs-binh', stage: 'lop-2' }, rollups: r, judgements, subjectOf });
    expect(report.schooling).toBe('tieu-hoc');
    if (report.schooling !== 'tieu-hoc') return;
    expect(report.subjects.map((s) => [s.subject, s.proposal])).toEqual([['mon.tu-nhien-xa-hoi', 'htt']]);
    expect(report.competencies.map((c) => [c.code, c.proposal])).toEqual([['nl.khoa-hoc', 'tot']]);
    // The early-years code of the same activity counts for nothing here.
    expect(JSON.stringify(report)).not.toContain('mn.nhan-thuc');
    // Phẩm chất are listed for the teacher to judge, never proposed.
    expect(report.qualities.map((q) => q.code)).toEqual(['pc.yeu-nuoc', 'pc.nhan-ai', 'pc.cham-chi', 'pc.trung-thuc', 'pc.trach-nhiem']);
    for (const q of report.qualities) expect(q).not.toHaveProperty('proposal');
  });

  it('a subject is proposed on its own scale: Chưa hoàn thành from weak evidence, not "Cần cố gắng"', () => {
    const weak: Rollups = new Map();
    play(weak, 'hs-chi', [[false, 3], [false, 3], [true, 2], [false, 3]], 'cong', ['nl.tinh-toan']);
    const report = learnerReport({ learner: { id: 'hs-chi', stage: 'lop-1' }, rollups: weak, judgements, subjectOf });
    if (report.schooling !== 'tieu-hoc') throw new Error('a pupil');
    expect(report.subjects[0]).toMatchObject({ subject: 'mon.toan', proposal: 'cht' });
    expect(report.competencies[0]).toMatchObject({ code: 'nl.tinh-toan', proposal: 'can-co-gang' });
  });

  it('a learner without a stage gets nothing counted until the teacher chooses one', () => {
    expect(learnerReport({ learner: { id: 'be-an' }, rollups: r, judgements, subjectOf })).toEqual({ schooling: undefined });
  });

  it('the teacher decides: a level set by hand stands beside the proposal; a preschool child has marks of kết quả mong đợi, not levels', () => {
    const j = new Map<string, Judgement>([
      [judgementKey('hs-binh', 'mon.tu-nhien-xa-hoi'), { learner: 'hs-binh', code: 'mon.tu-nhien-xa-hoi', level: 'ht', updatedAt: '2026-11-30T08:00:00Z' }],
      [judgementKey('hs-binh', 'pc.cham-chi'), { learner: 'hs-binh', code: 'pc.cham-chi', level: 'tot', comment: 'Em chăm làm bài.', updatedAt: '2026-11-30T08:00:00Z' }],
      [judgementKey('be-an', 'mn.nhan-thuc'), { learner: 'be-an', code: 'mn.nhan-thuc', outcome: 'shown', notes: [{ at: '2026-11-30T08:00:00Z', text: 'Bé chỉ đúng con cá sống dưới nước.' }], updatedAt: '2026-11-30T08:00:00Z' }],
    ]);
    const pupil = learnerReport({ learner: { id: 'hs-binh', stage: 'lop-2' }, rollups: r, judgements: j, subjectOf });
    if (pupil.schooling !== 'tieu-hoc') throw new Error('a pupil');
    expect(pupil.subjects[0]).toMatchObject({ proposal: 'htt', decided: 'ht' });
    expect(pupil.qualities.find((q) => q.code === 'pc.cham-chi')).toEqual({ code: 'pc.cham-chi', decided: 'tot', comment: 'Em chăm làm bài.' });
    const child = learnerReport({ learner: { id: 'be-an', stage: 'mn-4-5' }, rollups: r, judgements: j, subjectOf });
    if (child.schooling !== 'mam-non') throw new Error('a child');
    expect(child.observations[0]).toMatchObject({ outcome: 'shown', notes: [{ text: 'Bé chỉ đúng con cá sống dưới nước.' }] });
  });

  it('drafts a nhận xét that names the items done well and those to practise, comparing with no one', () => {
    const plays = [...r.values()].filter(isPlayCell).filter((p) => p.learner === 'be-an');
    const text = draftComment(plays, () => ({ title: 'Con vật sống ở đâu?', items: ['Con nào sống dưới nước?', 'Con nào bay trên trời?', 'Con nào ở trong nhà?', 'Con nào bơi và đi được?'] }), 'vi');
    expect(text).toBe('Em đã làm bài “Con vật sống ở đâu?”. Em làm đúng ngay: “Con nào sống dưới nước?”, “Con nào bơi và đi được?”. Em cần luyện thêm: “Con nào bay trên trời?”, “Con nào ở trong nhà?”.');
    expect(text).not.toMatch(/bạn|lớp|hơn/);
  });

  it('writes the rule\'s decimals as Vietnamese does', () => {
    expect(decimal(0.8, 'vi')).toBe('0,8');
    expect(decimal(0.5, 'en')).toBe('0.5');
  });
});

describe('no score about a named child on a projector', () => {
  it('hides a named child\'s score on the projector, shows the whole class\'s; no empty stars for a preschool child', () => {
    expect(mayShowScore({ stage: 'lop-2', named: true }, 'projector')).toBe(false);
    expect(mayShowScore({ stage: 'mn-4-5', named: true }, 'projector')).toBe(false);
    expect(mayShowScore({ named: false }, 'projector')).toBe(true);
    expect(mayShowScore({ stage: 'lop-2', named: true }, 'personal')).toBe(true);
    expect(mayShowEmptyStars('mn-5-6')).toBe(false);
    expect(mayShowEmptyStars('lop-1')).toBe(true);
  });
});

describe('the validator keeps qualities out of activities', () => {
  const file = (codes: string, band = '"lop-1"') => `{
  "id": "thu",
  "kind": "choice",
  "title": "Thử",
  "subject": "math",
  "band": ${band},
  "competencies": [${codes}],
  "items": [{ "prompt": "1 + 1?", "options": [{ "text": "2", "correct": true }, { "text": "3" }] }]
}`;

  it('refuses a pc.* code with its line:column and a sentence saying why', () => {
    const { issues, activity } = validateActivityText(file('"nl.tinh-toan", "pc.cham-chi"'), { file: 'thu.json' });
    expect(activity).toBeUndefined();
    expect(issues).toMatchObject([{ severity: 'error', line: 7, column: 36, path: 'competencies[1]', key: 'competency.quality', params: { code: 'pc.cham-chi' } }]);
    const [issue] = issues;
    if (!issue) throw new Error('an issue');
    expect(formatIssue(issue, createI18n('vi').t)).toBe(
      'thu.json:7:36  competencies[1]  "pc.cham-chi" là một phẩm chất: theo Thông tư 27, phẩm chất do giáo viên đánh giá qua hành vi của học sinh trong cả quá trình, không suy ra từ câu trả lời đúng hay sai; bỏ mã này khỏi hoạt động',
    );
  });

  it('warns when the bands span both stages and the codes cover one', () => {
    const { issues, activity } = validateActivityText(file('"nl.tinh-toan"', '["mn-5-6", "lop-1"]'), { file: 'thu.json' });
    expect(activity).toBeDefined();
    expect(issues).toMatchObject([{ severity: 'warning', path: 'competencies', key: 'stage.uncovered', params: { stage: 'mam-non' } }]);
    expect(validateActivityText(file('"nl.tinh-toan", "mn.nhan-thuc"', '["mn-5-6", "lop-1"]'), { file: 'thu.json' }).issues).toEqual([]);
  });

  it('warns on a code of a stage the bands leave out', () => {
    const { issues } = validateActivityText(file('"nl.tinh-toan", "mn.the-chat"'), { file: 'thu.json' });
    expect(issues).toMatchObject([{ severity: 'warning', path: 'competencies[1]', key: 'stage.outside', params: { code: 'mn.the-chat' } }]);
  });
});
