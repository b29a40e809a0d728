import { isProposed } from '../../model/evidence/frameworks/index.ts';
import { decimal, judgementKey, LEVELS, SUBJECT_LEVELS, type Judgement, type Level, type SubjectLevel } from '../../model/evidence/levels.ts';
import { draftComment, PERIODS, summaryCode, type Period } from '../../model/evidence/nhan-xet.ts';
import { learnerReport } from '../../model/evidence/stage-report.ts';
import type { Learner } from '../../model/learners/learner.ts';
import { h } from '../dom.ts';
import type { TeacherContext } from './context.ts';
import { codeName } from './dashboard.ts';
import { cleanText } from './evidence-rows.ts';
import { claimView } from './latest-view.ts';
import { describeActivities, reportInput } from './report-input.ts';

/**
 * A pupil's periodic summary (Thông tư 27: giữa kì, cuối kì): each subject with its proposal and
 * the teacher's level and a short nhận xét (drafted from the evidence, edited before it is kept),
 * the competencies evidenced, the phẩm chất as the teacher judges them. Printable on its own.
 */
export async function renderPeriodSummary(root: HTMLElement, ctx: TeacherContext, learner: Learner, period: Period = 'cuoi-ki-1'): Promise<void> {
  const t = ctx.i18n.t;
  const { teacher } = ctx.data;
  const report = learnerReport(reportInput(ctx, learner));
  if (report.schooling !== 'tieu-hoc') return;
  const current = claimView(root);
  const kept = (code: string) => teacher.judgements.get(judgementKey(learner.id, summaryCode(period, code)));
  const describe = await describeActivities(ctx, report.subjects.flatMap((s) => s.plays.map((p) => p.activity)));
  const fields: { code: string; level: HTMLSelectElement; comment?: HTMLTextAreaElement }[] = [];

  const periodSelect = h('select', { name: 'period', 'aria-label': t('teacher.summary.period') });
  for (const p of PERIODS) {
    const o = h('option', { value: p }, t(`teacher.summary.periods.${p}`));
    o.selected = p === period;
    periodSelect.append(o);
  }
  periodSelect.addEventListener('change', () => void renderPeriodSummary(root, ctx, learner, periodSelect.value as Period));

  const subjectRows = report.subjects.map((s) => {
    const k = kept(s.subject);
    const level = levelSelect(ctx, SUBJECT_LEVELS, 'teacher.subjectLevels', k?.level ?? s.decided, `${t('teacher.summary.level')}: ${codeName(ctx, s.subject)}`);
    const comment = h('textarea', { name: `comment-${s.subject}`, rows: '3', maxlength: '2000', 'aria-label': `${t('teacher.summary.comment')}: ${codeName(ctx, s.subject)}` });
    comment.value = k?.comment ?? draftComment(s.plays, describe, ctx.lang);
    fields.push({ code: s.subject, level, comment });
    const why = s.mean === undefined ? '' : ` (${t('teacher.assess.mean', { mean: decimal(s.mean, ctx.lang), n: s.n })})`;
    return h(
      'tr',
      { 'data-subject': s.subject },
      h('th', { scope: 'row' }, codeName(ctx, s.subject)),
      h('td', {}, `${t(`teacher.subjectLevels.${s.proposal}`)}${why}`),
      h('td', {}, level, printed(level)),
      h('td', {}, comment, printed(comment), k?.comment ? undefined : h('small', { class: 'draft no-print' }, t('teacher.summary.draft'))),
    );
  });
  const subjects = subjectRows.length
    ? h('table', { class: 'grid summary-subjects' }, h('thead', {}, h('tr', {}, ...['subject', 'proposal', 'level', 'comment'].map((k) => h('th', { scope: 'col' }, t(`teacher.summary.${k}`))))), h('tbody', {}, ...subjectRows))
    : h('p', {}, t('teacher.summary.noSubject'));

  const competencies = h('ul', { class: 'summary-list' });
  for (const c of report.competencies.filter((x) => isProposed(x.code))) {
    const level = levelSelect(ctx, LEVELS, 'teacher.levels', (kept(c.code)?.level as Level | undefined) ?? c.decided, `${t('teacher.summary.level')}: ${codeName(ctx, c.code)}`);
    fields.push({ code: c.code, level });
    competencies.append(h('li', {}, `${codeName(ctx, c.code)}: ${t('teacher.summary.proposal')} ${t(`teacher.levels.${c.proposal}`)}. `, level, printed(level)));
  }
  // Phẩm chất: no proposal, only what the teacher judges and writes.
  const qualities = h('ul', { class: 'summary-list' });
  for (const q of report.qualities) {
    const k = kept(q.code);
    const level = levelSelect(ctx, LEVELS, 'teacher.levels', (k?.level as Level | undefined) ?? q.decided, `${t('teacher.summary.level')}: ${codeName(ctx, q.code)}`);
    const comment = h('textarea', { name: `comment-${q.code}`, rows: '1', maxlength: '2000', 'aria-label': `${t('teacher.summary.comment')}: ${codeName(ctx, q.code)}` });
    comment.value = k?.comment ?? q.comment ?? '';
    fields.push({ code: q.code, level, comment });
    qualities.append(h('li', {}, `${codeName(ctx, q.code)}: `, level, printed(level), ' ', comment, printed(comment)));
  }

  const status = h('p', { role: 'status' });
  const form = h('form', { class: 'teacher-form period-summary-form' });
  const save = h('button', { type: 'submit', class: 'button no-print' }, t('teacher.summary.save'));
  const print = h('button', { type: 'button', class: 'button quiet no-print' }, t('teacher.summary.print'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const updatedAt = new Date().toISOString();
    const all = fields.map(({ code, level, comment }): Judgement => {
      const text = comment ? cleanText(comment.value) : '';
      return { learner: learner.id, code: summaryCode(period, code), ...(level.value && { level: level.value as Level | SubjectLevel }), ...(text && { comment: text }), updatedAt };
    });
    void Promise.all(all.map((j) => teacher.judge(j))).then(() => renderPeriodSummary(root, ctx, learner, period)).then(() => {
      const again = root.querySelector('[role="status"]');
      if (again) again.textContent = t('teacher.summary.saved');
    });
  });
  print.addEventListener('click', () => {
    const doc = root.ownerDocument;
    doc.body.dataset.print = 'summary';
    doc.defaultView?.addEventListener('afterprint', () => delete doc.body.dataset.print, { once: true });
    doc.defaultView?.print();
  });
  form.append(
    h('h2', {}, t('teacher.summary.title', { learner: learner.name, stage: learner.stage ? t(`bands.${learner.stage}`) : '' })),
    h('label', {}, t('teacher.summary.period'), ' ', periodSelect, printed(periodSelect)),
    h('h3', {}, t('teacher.assess.subjects')),
    subjects,
    h('h3', {}, t('teacher.assess.competencies')),
    competencies,
    h('h3', {}, t('teacher.assess.qualities')),
    qualities,
    h('p', {}, save, ' ', print),
    status,
  );
  if (!current()) return;
  root.replaceChildren(h('section', { class: 'period-summary', 'data-learner': learner.id, 'data-period': period }, form));
  root.scrollIntoView({ block: 'nearest' });
}

function levelSelect<L extends string>(ctx: TeacherContext, levels: readonly L[], scale: string, current: string | undefined, label: string): HTMLSelectElement {
  const select = h('select', { 'aria-label': label }, h('option', { value: '' }, ctx.i18n.t('teacher.dashboard.noChoice')));
  for (const l of levels) {
    const o = h('option', { value: l }, ctx.i18n.t(`${scale}.${l}`));
    o.selected = l === current;
    select.append(o);
  }
  return select;
}

/** What a form field holds, as paper shows it (a textarea or a select prints badly): kept in step with the field. */
function printed(field: HTMLTextAreaElement | HTMLSelectElement): HTMLElement {
  const out = h('span', { class: 'print-only', 'aria-hidden': 'true' });
  const sync = () => (out.textContent = field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.value ? (field.selectedOptions[0]?.textContent ?? '') : '') : field.value);
  sync();
  field.addEventListener('input', sync);
  field.addEventListener('change', sync);
  return out;
}
