import { pick } from '../../model/activity/lang.ts';
import { COMPETENCIES } from '../../model/evidence/frameworks/index.ts';
import { GOOD, judgementKey, LEVELS, MIN_EVIDENCE, PASS, proposeLevel, type Level } from '../../model/evidence/levels.ts';
import { cellKey, isCompetencyCell, type CompetencyCell } from '../../model/evidence/rollup.ts';
import { readAnswer } from '../../model/evidence/answer-read.ts';
import { LANGUAGE_TAGS, type Statement } from '../../model/evidence/xapi.ts';
import { WHOLE_CLASS_ID } from '../../model/learners/learner.ts';
import { h } from '../dom.ts';
import type { TeacherContext } from './context.ts';

/**
 * Learners × competencies, each cell the level the teacher set or, failing that, the proposal
 * (see model/evidence/levels.ts). Read from the running totals only: opening it never scans
 * the statements. A click on a cell shows the evidence behind it and lets the teacher decide.
 */
export function renderDashboard(root: HTMLElement, ctx: TeacherContext): void {
  const t = ctx.i18n.t;
  const { evidence, teacher } = ctx.data;
  const cells = [...evidence.rollups.values()].filter(isCompetencyCell);
  const codes = [...COMPETENCIES.keys()].filter((c) => cells.some((x) => x.code === c));
  const rows = rowsOf(ctx, cells);
  const detail = h('section', { class: 'evidence-detail', 'aria-live': 'polite' });
  const print = h('button', { type: 'button', class: 'button quiet no-print' }, t('teacher.dashboard.print'));
  print.addEventListener('click', () => print.ownerDocument.defaultView?.print());
  const intro = [h('p', {}, t('teacher.dashboard.caption')), h('p', { class: 'rule' }, t('teacher.dashboard.rule', { min: MIN_EVIDENCE, good: GOOD, pass: PASS })), print];
  if (codes.length === 0) return void root.replaceChildren(...intro, h('p', {}, t('teacher.dashboard.empty')));

  const head = h('tr', {}, h('th', { scope: 'col' }, t('teacher.dashboard.learner')));
  for (const code of codes) head.append(h('th', { scope: 'col' }, pick(COMPETENCIES.get(code)?.name ?? code, ctx.lang)));
  const body = h('tbody');
  for (const row of rows) {
    const tr = h('tr', {}, h('th', { scope: 'row' }, row.name));
    for (const code of codes) {
      const cell = evidence.rollups.get(cellKey(row.id, code)) as CompetencyCell | undefined;
      const judged = teacher.judgements.get(judgementKey(row.id, code))?.level;
      const level = judged ?? proposeLevel(cell).level;
      const label = `${t(`teacher.levels.${level}`)}${judged ? ' ✎' : ''}`;
      const b = h('button', { type: 'button', class: `cell-button level-${level}`, 'data-learner': row.id, 'data-code': code, 'aria-label': `${row.name}, ${pick(COMPETENCIES.get(code)?.name ?? code, ctx.lang)}: ${label}` }, label, h('small', {}, cell ? ` (${cell.n})` : ''));
      b.addEventListener('click', () => void showEvidence(detail, ctx, row, code));
      tr.append(h('td', {}, b));
    }
    body.append(tr);
  }
  root.replaceChildren(...intro, h('table', { class: 'grid dashboard' }, h('thead', {}, head), body), detail);
}

/** The roster's learners, then anyone with evidence who is not on it (the whole class, another tablet's child). */
function rowsOf(ctx: TeacherContext, cells: CompetencyCell[]): { id: string; name: string }[] {
  const t = ctx.i18n.t;
  const { learners } = ctx.data;
  const ids = new Set(cells.map((c) => c.learner));
  const rows = learners.list().map((l) => ({ id: l.id, name: l.name }));
  if (ids.has(WHOLE_CLASS_ID)) rows.push({ id: WHOLE_CLASS_ID, name: t('learners.wholeClass') });
  for (const id of ids) if (!rows.some((r) => r.id === id)) rows.push({ id, name: learners.get(id)?.name ?? id.slice(0, 8) });
  return rows;
}

async function showEvidence(root: HTMLElement, ctx: TeacherContext, row: { id: string; name: string }, code: string): Promise<void> {
  const t = ctx.i18n.t;
  const { evidence, teacher } = ctx.data;
  const cell = evidence.rollups.get(cellKey(row.id, code)) as CompetencyCell | undefined;
  const statements = (await evidence.byIds(cell?.ids ?? [])).reverse();
  const competency = pick(COMPETENCIES.get(code)?.name ?? code, ctx.lang);
  const proposal = proposeLevel(cell).level;
  const judgement = teacher.judgements.get(judgementKey(row.id, code));

  const table = h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ...['colActivity', 'colItem', 'colAnswer', 'colResult', 'colWhen'].map((k) => h('th', { scope: 'col' }, t(`teacher.dashboard.${k}`))))));
  const body = h('tbody');
  for (const s of statements) body.append(evidenceRow(ctx, s));
  table.append(body);

  const select = h('select', { name: 'level', 'aria-label': t('teacher.dashboard.teacherLevel') }, h('option', { value: '' }, t('teacher.dashboard.noChoice')));
  for (const l of LEVELS) {
    const o = h('option', { value: l }, t(`teacher.levels.${l}`));
    o.selected = judgement?.level === l;
    select.append(o);
  }
  const comment = h('textarea', { name: 'comment', rows: '2', maxlength: '2000', 'aria-label': t('teacher.dashboard.comment') });
  comment.value = judgement?.comment ?? '';
  const status = h('p', { role: 'status' });
  const form = h('form', { class: 'teacher-form' }, h('label', {}, t('teacher.dashboard.teacherLevel'), ' ', select), h('br'), h('label', {}, t('teacher.dashboard.comment'), h('br'), comment), h('br'), h('button', { type: 'submit', class: 'button' }, t('teacher.save')), status);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const level = select.value ? (select.value as Level) : undefined;
    const text = comment.value.replace(/[<>]/g, '').trim();
    void teacher.judge({ learner: row.id, code, ...(level && { level }), ...(text && { comment: text }), updatedAt: new Date().toISOString() }).then(() => {
      ctx.refresh();
    });
    status.textContent = t('teacher.dashboard.saved');
  });
  root.replaceChildren(h('h2', {}, t('teacher.dashboard.evidenceTitle', { learner: row.name, competency })), h('p', {}, t('teacher.dashboard.proposed', { level: t(`teacher.levels.${proposal}`) })), form, table);
  root.scrollIntoView({ block: 'nearest' });
}

function evidenceRow(ctx: TeacherContext, s: Statement): HTMLElement {
  const t = ctx.i18n.t;
  const r = readAnswer(s, ctx.lang);
  const entry = ctx.entries.find((e) => e.id === r.activityId);
  const title = entry?.title ? pick(entry.title, ctx.lang) : r.activityId;
  const item = r.item === undefined ? r.prompt : `${r.item}. ${r.prompt}`;
  const result = `${t(r.success ? 'teacher.dashboard.right' : 'teacher.dashboard.wrong')}, ${t('teacher.dashboard.attempt', { n: r.attempt })}`;
  const when = new Date(r.timestamp).toLocaleString(LANGUAGE_TAGS[ctx.lang]);
  // What the child made (a traced letter): an SVG shown as an image, which runs no script whatever a backup holds.
  const drawing = r.product === undefined ? undefined : h('img', { class: 'product', src: `data:image/svg+xml,${encodeURIComponent(r.product)}`, alt: t('teacher.dashboard.drawing') });
  return h('tr', {}, h('td', {}, title), h('td', {}, item), h('td', {}, r.answer, drawing), h('td', {}, result), h('td', {}, when));
}
