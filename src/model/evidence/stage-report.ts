import type { Subject } from '../activity/terms.ts';
import { schoolingOf, gradeOf, type Schooling, type Stage } from '../learners/stage.ts';
import { codesOfStage, frameworkOf, isProposed, isQuality } from './frameworks/index.ts';
import { judgementKey, proposeLevel, proposeSubjectLevel, type Judgement, type Level, type Proposal, type SubjectLevel, type SubjectProposal } from './levels.ts';
import { isCompetencyCell, isPlayCell, type CompetencyCell, type LearnerActivityCell, type Rollups } from './rollup.ts';
import { MON_HOC, monHocOf, type MonHoc } from './subjects.ts';

/** Which stage of schooling a code's evidence is for (its framework's), undefined when unknown. */
export const codeSchooling = (code: string): Schooling | undefined => frameworkOf(code)?.stage;

/**
 * Whether a code's evidence counts for a learner of this stage: only toward the framework of
 * the child's own stage. A mixed-band activity tagged "mn.nhan-thuc" and "nl.khoa-hoc" gives a
 * four-year-old an observation of nhận thức and a pupil evidence of năng lực khoa học, never
 * the other way round. A learner without a stage counts toward nothing until the teacher says.
 */
export const countsToward = (stage: Stage | undefined, code: string) => stage !== undefined && codeSchooling(code) === schoolingOf(stage);

/** What a preschool child did, per lĩnh vực or chỉ số: how often, right at once or with help. Never a level. */
export interface Observation {
  code: string;
  n: number;
  firstTry: number;
  later: number;
  shown: number;
  ids: string[];
  /** The teacher's end-of-stage mark of this kết quả mong đợi, and the dated notes. */
  outcome?: 'shown' | 'not-yet';
  notes: Judgement['notes'];
}

export interface CompetencyRow {
  code: string;
  n: number;
  proposal: Proposal;
  mean?: number;
  ids: string[];
  decided?: Level;
}

export interface SubjectRow {
  subject: MonHoc;
  n: number;
  proposal: SubjectProposal;
  mean?: number;
  /** The learner's plays of the activities behind it. */
  plays: LearnerActivityCell[];
  decided?: SubjectLevel;
}

export interface QualityRow {
  code: string;
  decided?: Level;
  comment?: string;
}

export type LearnerReport =
  | { schooling: 'mam-non'; observations: Observation[] }
  | { schooling: 'tieu-hoc'; subjects: SubjectRow[]; competencies: CompetencyRow[]; qualities: QualityRow[] }
  | { schooling: undefined };

export interface ReportInput {
  learner: { id: string; stage?: Stage | undefined };
  rollups: Rollups;
  judgements: ReadonlyMap<string, Judgement>;
  /** The subject of an activity of the library, by id. */
  subjectOf(activity: string): Subject | undefined;
}

/**
 * One learner's report, as the stage decides: observations for a preschool child (no level
 * anywhere), Thông tư 27 proposals for a pupil (subjects on Hoàn thành tốt / Hoàn thành / Chưa
 * hoàn thành, the competencies evidenced on Tốt / Đạt / Cần cố gắng, phẩm chất only as the
 * teacher judged them). Evidence tagged for the other stage is left out.
 */
export function learnerReport({ learner, rollups, judgements, subjectOf }: ReportInput): LearnerReport {
  const stage = learner.stage;
  if (stage === undefined) return { schooling: undefined };
  const judged = (code: string) => judgements.get(judgementKey(learner.id, code));
  const cells = [...rollups.values()].filter(isCompetencyCell).filter((c) => c.learner === learner.id && countsToward(stage, c.code));
  const byCode = new Map(cells.map((c) => [c.code, c]));
  const schooling = schoolingOf(stage);
  if (schooling === 'mam-non') {
    const codes = codesOfStage('mam-non').filter((code) => byCode.has(code) || judged(code) !== undefined);
    const observations = codes.map((code): Observation => {
      const c = byCode.get(code);
      const j = judged(code);
      return { code, n: c?.n ?? 0, firstTry: c?.firstTry ?? 0, later: c?.later ?? 0, shown: c?.shown ?? 0, ids: c?.ids ?? [], ...(j?.outcome && { outcome: j.outcome }), notes: j?.notes ?? [] };
    });
    return { schooling, observations };
  }
  const grade = gradeOf(stage) ?? 1;
  const competencies = codesOfStage('tieu-hoc')
    .filter((code) => isProposed(code) && byCode.has(code))
    .map((code): CompetencyRow => {
      const c = byCode.get(code) as CompetencyCell;
      const p = proposeLevel(c);
      const decided = judged(code)?.level as Level | undefined;
      return { code, n: c.n, proposal: p.level, ...(p.mean !== undefined && { mean: p.mean }), ids: c.ids, ...(decided && { decided }) };
    });
  const plays = [...rollups.values()].filter(isPlayCell).filter((p) => p.learner === learner.id);
  const bySubject = new Map<MonHoc, LearnerActivityCell[]>();
  for (const p of plays) {
    const mon = monHocOf(subjectOf(p.activity), grade);
    if (mon) bySubject.set(mon, [...(bySubject.get(mon) ?? []), p]);
  }
  const subjects = (Object.keys(MON_HOC) as MonHoc[])
    .filter((mon) => bySubject.has(mon))
    .map((subject): SubjectRow => {
      const ps = bySubject.get(subject) ?? [];
      const p = proposeSubjectLevel(ps.flatMap((x) => x.recent));
      const decided = judged(subject)?.level as SubjectLevel | undefined;
      return { subject, n: ps.reduce((s, x) => s + x.n, 0), proposal: p.level, ...(p.mean !== undefined && { mean: p.mean }), plays: ps, ...(decided && { decided }) };
    });
  const qualities = codesOfStage('tieu-hoc')
    .filter(isQuality)
    .map((code): QualityRow => {
      const j = judged(code);
      return { code, ...(j?.level && { decided: j.level as Level }), ...(j?.comment && { comment: j.comment }) };
    });
  return { schooling, subjects, competencies, qualities };
}

/** The whole class on the projector: how many items were played per code, never a level. */
export function classCounts(rollups: Rollups, classId: string): { code: string; n: number; firstTry: number }[] {
  return [...rollups.values()]
    .filter(isCompetencyCell)
    .filter((c) => c.learner === classId)
    .map((c) => ({ code: c.code, n: c.n, firstTry: c.firstTry }));
}
