import { pick } from '../../model/activity/lang.ts';
import { itemLabels } from '../../model/kinds/lookup.ts';
import { isItemCell, type ItemCell } from '../../model/evidence/rollup.ts';
import { h } from '../dom.ts';
import type { TeacherContext } from './context.ts';

/** Per activity, the questions children found hard: fewest right at the first try first. */
export async function renderActivityReport(root: HTMLElement, ctx: TeacherContext): Promise<void> {
  const t = ctx.i18n.t;
  const items = [...ctx.data.evidence.rollups.values()].filter(isItemCell);
  if (items.length === 0) return void root.replaceChildren(h('p', {}, t('teacher.activities.empty')));
  const byActivity = new Map<string, ItemCell[]>();
  for (const c of items) byActivity.set(c.activity, [...(byActivity.get(c.activity) ?? []), c]);
  const sections: HTMLElement[] = [h('p', {}, t('teacher.activities.caption'))];
  for (const [id, cells] of byActivity) {
    const activity = await ctx.loadActivity(id);
    const title = activity ? pick(activity.title, ctx.lang) : id;
    const prompts = activity ? itemLabels(activity).map((l) => pick(l, ctx.lang)) : [];
    const body = h('tbody');
    for (const c of [...cells].sort((a, b) => a.firstTry / a.n - b.firstTry / b.n)) {
      body.append(
        h(
          'tr',
          {},
          h('td', {}, `${c.item}. ${prompts[c.item - 1] ?? ''}`),
          h('td', {}, `${Math.round((100 * c.firstTry) / c.n)} %`),
          h('td', {}, (c.attempts / c.n).toFixed(1)),
          h('td', {}, String(c.n)),
        ),
      );
    }
    const head = h('tr', {}, ...[t('teacher.dashboard.colItem'), t('teacher.activities.firstTry'), t('teacher.activities.tries'), t('teacher.activities.children')].map((x) => h('th', { scope: 'col' }, x)));
    sections.push(h('h2', {}, title), h('table', { class: 'grid', 'data-activity': id }, h('thead', {}, head), body));
  }
  root.replaceChildren(...sections);
}
