import { judgementKey, type Judgement } from '../../model/evidence/levels.ts';
import { learnerReport } from '../../model/evidence/stage-report.ts';
import { LANGUAGE_TAGS } from '../../model/evidence/xapi.ts';
import type { Learner } from '../../model/learners/learner.ts';
import { h } from '../dom.ts';
import type { TeacherContext } from './context.ts';
import { codeName } from './dashboard.ts';
import { cleanText, evidenceTable } from './evidence-rows.ts';
import { claimView } from './latest-view.ts';
import { reportInput } from './report-input.ts';

/**
 * A preschool child and one lĩnh vực or chỉ số: what the child did (how often, at once or with
 * help, the products such as tracings), the teacher's dated observation notes, and at the end of
 * the stage whether the child shows the expected outcome. No level, no score: the programme's words.
 */
export async function showObservation(root: HTMLElement, ctx: TeacherContext, learner: Learner, code: string): Promise<void> {
  const t = ctx.i18n.t;
  const { teacher } = ctx.data;
  const report = learnerReport(reportInput(ctx, learner));
  if (report.schooling !== 'mam-non') return;
  const o = report.observations.find((x) => x.code === code);
  if (!o) return;
  const current = claimView(root);
  const judgement = teacher.judgements.get(judgementKey(learner.id, code));
  // Saved in place: the teacher stays on this child (the grid shows the mark when drawn again).
  const save = (changes: Partial<Judgement>) => teacher.judge({ ...judgement, learner: learner.id, code, ...changes, updatedAt: new Date().toISOString() }).then(() => showObservation(root, ctx, learner, code));
  const dateOf = (iso: string) => new Date(iso).toLocaleDateString(LANGUAGE_TAGS[ctx.lang]);

  const notes = o.notes?.length ? h('ul', { class: 'notes' }, ...o.notes.map((n) => h('li', {}, h('time', { datetime: n.at }, dateOf(n.at)), ': ', n.text))) : h('p', {}, t('teacher.observe.noNotes'));
  const now = new Date().toISOString();
  const text = h('textarea', { name: 'note', rows: '2', maxlength: '2000', 'aria-label': t('teacher.observe.addNote', { date: dateOf(now) }) });
  const noteForm = h('form', { class: 'teacher-form no-print' }, h('label', {}, t('teacher.observe.addNote', { date: dateOf(now) }), h('br'), text), h('br'), h('button', { type: 'submit', class: 'button' }, t('teacher.observe.saveNote')));
  noteForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const note = cleanText(text.value);
    if (note) void save({ notes: [...(judgement?.notes ?? []), { at: new Date().toISOString(), text: note }] });
  });

  const outcome = h('fieldset', { class: 'outcome' }, h('legend', {}, t('teacher.observe.outcome')));
  for (const [value, key] of [
    ['', 'outcomeNone'],
    ['shown', 'outcomeShown'],
    ['not-yet', 'outcomeNotYet'],
  ] as const) {
    const input = h('input', { type: 'radio', name: 'outcome', value });
    input.checked = (judgement?.outcome ?? '') === value;
    outcome.append(h('label', {}, input, ' ', t(`teacher.observe.${key}`)), ' ');
  }
  const outcomeForm = h('form', { class: 'teacher-form' }, outcome, h('button', { type: 'submit', class: 'button' }, t('teacher.observe.saveOutcome')));
  outcomeForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = new FormData(outcomeForm).get('outcome');
    void save({ outcome: value === 'shown' || value === 'not-yet' ? value : undefined });
  });

  const evidence = await evidenceTable(ctx, o.ids);
  if (!current()) return;
  root.replaceChildren(
    h('h2', {}, t('teacher.observe.detailTitle', { learner: learner.name, area: codeName(ctx, code) })),
    h('p', {}, t('teacher.observe.cell', { n: o.n, firstTry: o.firstTry, later: o.later, shown: o.shown })),
    outcomeForm,
    h('h3', {}, t('teacher.observe.notes')),
    notes,
    noteForm,
    h('h3', {}, t('teacher.observe.did')),
    evidence,
  );
  root.scrollIntoView({ block: 'nearest' });
}
