import { pick } from '../../model/activity/lang.ts';
import { readAnswer } from '../../model/evidence/answer-read.ts';
import { LANGUAGE_TAGS, type Statement } from '../../model/evidence/xapi.ts';
import { h } from '../dom.ts';
import type { TeacherContext } from './context.ts';

/** The statements behind a proposal or an observation, newest first: activity, item, answer (and drawing), result, when. */
export async function evidenceTable(ctx: TeacherContext, ids: readonly string[]): Promise<HTMLElement> {
  const t = ctx.i18n.t;
  const statements = (await ctx.data.evidence.byIds([...ids])).reverse();
  const head = h('tr', {}, ...['colActivity', 'colItem', 'colAnswer', 'colResult', 'colWhen'].map((k) => h('th', { scope: 'col' }, t(`teacher.dashboard.${k}`))));
  const body = h('tbody');
  for (const s of statements) body.append(evidenceRow(ctx, s));
  return h('table', { class: 'grid' }, h('thead', {}, head), body);
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

/** A teacher's text as kept: no markup characters (it travels in backups), trimmed. */
export const cleanText = (s: string) => s.replace(/[<>]/g, '').trim();
