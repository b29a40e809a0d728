import { decimal, LEVELS, SUBJECT_LEVELS, judgementKey, type Level, type SubjectLevel } from '../../model/evidence/levels.ts';
import { learnerReport } from '../../model/evidence/stage-report.ts';
import type { MonHoc } from '../../model/evidence/subjects.ts';
import type { Learner } from '../../model/learners/learner.ts';
import { h } from '../dom.ts';
import type { TeacherContext } from './context.ts';
import { codeName } from './dashboard.ts';
import { cleanText, evidenceTable } from './evidence-rows.ts';
import { claimView } from './latest-view.ts';
import { reportInput } from './report-input.ts';

/** A pupil's competency: the proposal (Tốt / Đạt / Cần cố gắng) with its rule's figures and its evidence; the teacher decides. */
export async function showCompetency(root: HTMLElement, ctx: TeacherContext, learner: Learner, code: string): Promise<void> {
  const report = learnerReport(reportInput(ctx, learner));
  if (report.schooling !== 'tieu-hoc') return;
  const row = report.competencies.find((c) => c.code === code);
  if (!row) return;
  await decide(root, ctx, learner, code, { proposal: row.proposal, mean: row.mean, n: row.n, ids: row.ids, scale: 'teacher.levels', levels: LEVELS });
}

/** A pupil's subject: the proposal on Hoàn thành tốt / Hoàn thành / Chưa hoàn thành from the items tagged to it. */
export async function showSubject(root: HTMLElement, ctx: TeacherContext, learner: Learner, subject: MonHoc): Promise<void> {
  const report = learnerReport(reportInput(ctx, learner));
  if (report.schooling !== 'tieu-hoc') return;
  const row = report.subjects.find((s) => s.subject === subject);
  if (!row) return;
  await decide(root, ctx, learner, subject, { proposal: row.proposal, mean: row.mean, n: row.n, ids: row.plays.flatMap((p) => p.ids), scale: 'teacher.subjectLevels', levels: SUBJECT_LEVELS });
}

interface Decision {
  proposal: string;
  mean: number | undefined;
  n: number;
  ids: string[];
  scale: string;
  levels: readonly (Level | SubjectLevel)[];
}

async function decide(root: HTMLElement, ctx: TeacherContext, learner: Learner, code: string, d: Decision): Promise<void> {
  const current = claimView(root);
  const t = ctx.i18n.t;
  const { teacher } = ctx.data;
  const judgement = teacher.judgements.get(judgementKey(learner.id, code));
  const select = h('select', { name: 'level', 'aria-label': t('teacher.dashboard.teacherLevel') }, h('option', { value: '' }, t('teacher.dashboard.noChoice')));
  for (const l of d.levels) {
    const o = h('option', { value: l }, t(`${d.scale}.${l}`));
    o.selected = judgement?.level === l;
    select.append(o);
  }
  const comment = h('textarea', { name: 'comment', rows: '2', maxlength: '2000', 'aria-label': t('teacher.dashboard.comment') });
  comment.value = judgement?.comment ?? '';
  const status = h('p', { role: 'status' });
  const form = h('form', { class: 'teacher-form' }, h('label', {}, t('teacher.dashboard.teacherLevel'), ' ', select), h('br'), h('label', {}, t('teacher.dashboard.comment'), h('br'), comment), h('br'), h('button', { type: 'submit', class: 'button' }, t('teacher.save')), status);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const level = select.value ? (select.value as Level | SubjectLevel) : undefined;
    const text = cleanText(comment.value);
    void teacher.judge({ ...judgement, learner: learner.id, code, level, comment: text || undefined, updatedAt: new Date().toISOString() }).then(() => ctx.refresh());
    status.textContent = t('teacher.dashboard.saved');
  });
  // The proposal says how it was reached: its level, the mean in the teacher's decimals, how many items.
  const why = d.mean === undefined ? '' : ` (${t('teacher.assess.mean', { mean: decimal(d.mean, ctx.lang), n: d.n })})`;
  const evidence = await evidenceTable(ctx, d.ids);
  if (!current()) return;
  root.replaceChildren(
    h('h2', {}, t('teacher.dashboard.evidenceTitle', { learner: learner.name, competency: codeName(ctx, code) })),
    h('p', {}, `${t('teacher.dashboard.proposed', { level: t(`${d.scale}.${d.proposal}`) })}${why}`),
    form,
    evidence,
  );
  root.scrollIntoView({ block: 'nearest' });
}
