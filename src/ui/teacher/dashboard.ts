import { pick } from '../../model/activity/lang.ts';
import { COMPETENCIES } from '../../model/evidence/frameworks/index.ts';
import { decimal, GOOD, MIN_EVIDENCE, PASS } from '../../model/evidence/levels.ts';
import { isCompetencyCell } from '../../model/evidence/rollup.ts';
import { classCounts, learnerReport, type LearnerReport } from '../../model/evidence/stage-report.ts';
import { MON_HOC, type MonHoc } from '../../model/evidence/subjects.ts';
import { WHOLE_CLASS_ID, type Learner } from '../../model/learners/learner.ts';
import { h } from '../dom.ts';
import { showObservation } from './child-detail.ts';
import type { TeacherContext } from './context.ts';
import { evidenceTable } from './evidence-rows.ts';
import { claimView } from './latest-view.ts';
import { renderPeriodSummary } from './period-summary.ts';
import { showCompetency, showSubject } from './pupil-detail.ts';
import { reportInput } from './report-input.ts';

type Row = { learner: Learner; report: LearnerReport };

export const codeName = (ctx: TeacherContext, code: string) => (code in MON_HOC ? pick(MON_HOC[code as MonHoc], ctx.lang) : pick(COMPETENCIES.get(code)?.name ?? code, ctx.lang));

/**
 * The teacher's view of the evidence, by stage of schooling: preschool children observed
 * (what each did, per lĩnh vực and chỉ số; never a level), primary pupils assessed as Thông tư
 * 27 says (subjects and competencies proposed, the teacher decides), the whole class counted
 * only. Read from the running totals only; a click shows the evidence behind a cell.
 */
export function renderDashboard(root: HTMLElement, ctx: TeacherContext): void {
  const t = ctx.i18n.t;
  const { evidence, learners } = ctx.data;
  const detail = h('section', { class: 'evidence-detail', 'aria-live': 'polite' });
  const intro: HTMLElement[] = [h('p', {}, t('teacher.dashboard.caption'))];
  const roster = learners.list();
  const unset = roster.filter((l) => l.stage === undefined);
  if (unset.length) intro.push(h('p', { class: 'notice', role: 'note' }, t('teacher.noStage', { names: unset.map((l) => l.name).join(', ') })));
  const anyEvidence = [...evidence.rollups.values()].some(isCompetencyCell);
  if (!anyEvidence) return void root.replaceChildren(...intro, h('p', {}, t('teacher.dashboard.empty')));

  const rows: Row[] = roster.filter((l) => l.stage !== undefined).map((l) => ({ learner: l, report: learnerReport(reportInput(ctx, l)) }));
  const sections = [preschoolSection(ctx, rows, detail), primarySection(ctx, rows, detail), wholeClassSection(ctx, detail)].filter((x): x is HTMLElement => x !== undefined);
  root.replaceChildren(...intro, ...sections, detail);
}

function preschoolSection(ctx: TeacherContext, rows: Row[], detail: HTMLElement): HTMLElement | undefined {
  const t = ctx.i18n.t;
  const children = rows.filter((r) => r.report.schooling === 'mam-non');
  if (children.length === 0) return undefined;
  const codes = unique(children.flatMap((r) => (r.report.schooling === 'mam-non' ? r.report.observations.map((o) => o.code) : [])));
  const head = h('tr', {}, h('th', { scope: 'col' }, t('teacher.observe.child')), ...codes.map((c) => h('th', { scope: 'col' }, codeName(ctx, c))));
  const body = h('tbody');
  for (const { learner, report } of children) {
    if (report.schooling !== 'mam-non') continue;
    const tr = h('tr', {}, h('th', { scope: 'row' }, learner.name));
    for (const code of codes) {
      const o = report.observations.find((x) => x.code === code);
      if (!o) {
        tr.append(h('td', {}));
        continue;
      }
      const counts = { n: o.n, firstTry: o.firstTry, later: o.later, shown: o.shown };
      const long = t('teacher.observe.cell', counts);
      const mark = o.outcome ? t('teacher.observe.marked', { outcome: t(o.outcome === 'shown' ? 'teacher.observe.outcomeShown' : 'teacher.observe.outcomeNotYet') }) : '';
      const b = h('button', { type: 'button', class: 'cell-button observation', 'aria-label': `${learner.name}, ${codeName(ctx, code)}: ${long}${mark ? `; ${mark}` : ''}`, title: long }, t('teacher.observe.cellShort', counts), mark ? h('small', {}, ` ${mark}`) : undefined);
      b.addEventListener('click', () => void showObservation(detail, ctx, learner, code));
      tr.append(h('td', {}, b));
    }
    body.append(tr);
  }
  return h(
    'section',
    { class: 'stage-section mam-non', 'aria-label': t('teacher.observe.title') },
    h('h2', {}, t('teacher.observe.title')),
    h('p', {}, t('teacher.observe.caption')),
    h('table', { class: 'grid observations' }, h('thead', {}, head), body),
  );
}

function primarySection(ctx: TeacherContext, rows: Row[], detail: HTMLElement): HTMLElement | undefined {
  const t = ctx.i18n.t;
  const pupils = rows.filter((r) => r.report.schooling === 'tieu-hoc');
  if (pupils.length === 0) return undefined;
  const subjects = unique(pupils.flatMap((r) => (r.report.schooling === 'tieu-hoc' ? r.report.subjects.map((s) => s.subject) : [])));
  const codes = unique(pupils.flatMap((r) => (r.report.schooling === 'tieu-hoc' ? r.report.competencies.map((c) => c.code) : [])));
  const head = h('tr', {}, h('th', { scope: 'col' }, t('teacher.assess.pupil')), ...[...subjects, ...codes].map((c) => h('th', { scope: 'col' }, codeName(ctx, c))), h('th', { scope: 'col' }, t('teacher.assess.summaryOpen')));
  const body = h('tbody');
  for (const { learner, report } of pupils) {
    if (report.schooling !== 'tieu-hoc') continue;
    const tr = h('tr', {}, h('th', { scope: 'row' }, learner.name));
    for (const subject of subjects) {
      const s = report.subjects.find((x) => x.subject === subject);
      tr.append(h('td', {}, s ? cell(ctx, learner.name, subject, s.decided ?? s.proposal, s.decided !== undefined, `teacher.subjectLevels`, s.n, () => void showSubject(detail, ctx, learner, subject)) : undefined));
    }
    for (const code of codes) {
      const c = report.competencies.find((x) => x.code === code);
      tr.append(h('td', {}, c ? cell(ctx, learner.name, code, c.decided ?? c.proposal, c.decided !== undefined, 'teacher.levels', c.n, () => void showCompetency(detail, ctx, learner, code)) : undefined));
    }
    const open = h('button', { type: 'button', class: 'button quiet', 'aria-label': t('teacher.assess.summaryOf', { learner: learner.name }) }, t('teacher.assess.summaryOpen'));
    open.addEventListener('click', () => void renderPeriodSummary(detail, ctx, learner));
    tr.append(h('td', {}, open));
    body.append(tr);
  }
  const rule = t('teacher.dashboard.rule', { min: MIN_EVIDENCE, good: decimal(GOOD, ctx.lang), pass: decimal(PASS, ctx.lang) });
  const subjectRule = t('teacher.assess.subjectRule', { min: MIN_EVIDENCE, good: decimal(GOOD, ctx.lang), pass: decimal(PASS, ctx.lang) });
  const print = h('button', { type: 'button', class: 'button quiet no-print' }, t('teacher.dashboard.print'));
  print.addEventListener('click', () => print.ownerDocument.defaultView?.print());
  return h(
    'section',
    { class: 'stage-section tieu-hoc', 'aria-label': t('teacher.assess.title') },
    h('h2', {}, t('teacher.assess.title')),
    h('p', {}, t('teacher.assess.caption')),
    h('p', { class: 'rule' }, subjectRule),
    h('p', { class: 'rule' }, rule),
    print,
    h('table', { class: 'grid dashboard' }, h('thead', {}, head), body),
  );
}

function cell(ctx: TeacherContext, name: string, code: string, level: string, decided: boolean, scale: string, n: number, open: () => void): HTMLElement {
  const label = `${ctx.i18n.t(`${scale}.${level}`)}${decided ? ' ✎' : ''}`;
  const b = h('button', { type: 'button', class: `cell-button level-${level}`, 'data-code': code, 'aria-label': `${name}, ${codeName(ctx, code)}: ${label}` }, label, h('small', {}, ` (${n})`));
  b.addEventListener('click', open);
  return b;
}

/** The whole class on the projector: how many questions per code, never a level. */
function wholeClassSection(ctx: TeacherContext, detail: HTMLElement): HTMLElement | undefined {
  const t = ctx.i18n.t;
  const counts = classCounts(ctx.data.evidence.rollups, WHOLE_CLASS_ID);
  if (counts.length === 0) return undefined;
  const name = t('learners.wholeClass');
  const head = h('tr', {}, h('th', { scope: 'col' }), ...counts.map((c) => h('th', { scope: 'col' }, codeName(ctx, c.code))));
  const tr = h('tr', {}, h('th', { scope: 'row' }, name));
  for (const c of counts) {
    const text = t('teacher.wholeClass.cell', { n: c.n });
    const b = h('button', { type: 'button', class: 'cell-button', 'aria-label': `${name}, ${codeName(ctx, c.code)}: ${text}` }, text);
    b.addEventListener('click', () => void showClassEvidence(detail, ctx, c.code));
    tr.append(h('td', {}, b));
  }
  return h(
    'section',
    { class: 'stage-section whole-class', 'aria-label': t('teacher.wholeClass.title') },
    h('h2', {}, t('teacher.wholeClass.title')),
    h('p', {}, t('teacher.wholeClass.caption')),
    h('table', { class: 'grid dashboard whole-class' }, h('thead', {}, head), h('tbody', {}, tr)),
  );
}

async function showClassEvidence(root: HTMLElement, ctx: TeacherContext, code: string): Promise<void> {
  const cell = [...ctx.data.evidence.rollups.values()].filter(isCompetencyCell).find((c) => c.learner === WHOLE_CLASS_ID && c.code === code);
  const title = ctx.i18n.t('teacher.dashboard.evidenceTitle', { learner: ctx.i18n.t('learners.wholeClass'), competency: codeName(ctx, code) });
  const current = claimView(root);
  const evidence = await evidenceTable(ctx, cell?.ids ?? []);
  if (!current()) return;
  root.replaceChildren(h('h2', {}, title), evidence);
  root.scrollIntoView({ block: 'nearest' });
}

const unique = <T>(xs: T[]) => [...new Set(xs)];
