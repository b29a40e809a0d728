import { h } from '../dom.ts';
import type { TeacherContext } from './context.ts';
import { renderActivityReport } from './activity-report.ts';
import { renderDashboard } from './dashboard.ts';
import { renderDataPanel } from './data-panel.ts';
import { renderRoster } from './roster.ts';
import { renderSettings } from './settings-panel.ts';
import { renderSync } from './sync-panel.ts';
import { TABS, type Tab } from './tabs.ts';

export { renderGate } from './gate.ts';


const PANELS: Record<Tab, (root: HTMLElement, ctx: TeacherContext) => void | Promise<void>> = {
  roster: renderRoster,
  dashboard: renderDashboard,
  activities: renderActivityReport,
  data: renderDataPanel,
  sync: renderSync,
  settings: renderSettings,
};

/** The teacher's area (behind the gate): storage warnings first, then one panel per tab. */
export function renderTeacherArea(root: HTMLElement, ctx: TeacherContext, tab: Tab, go: (tab: Tab) => void, lock: () => void): void {
  const t = ctx.i18n.t;
  const tabs = h('nav', { class: 'tabs', 'aria-label': t('teacher.open') });
  for (const name of TABS) {
    const b = h('button', { type: 'button', class: 'chip', 'aria-pressed': String(name === tab) }, t(`teacher.tabs.${name}`));
    b.addEventListener('click', () => go(name));
    tabs.append(b);
  }
  const lockButton = h('button', { type: 'button', class: 'button quiet' }, t('teacher.lock'));
  lockButton.addEventListener('click', lock);
  const panel = h('section', { class: 'panel', 'aria-label': t(`teacher.tabs.${tab}`) });
  root.replaceChildren(h('header', { class: 'teacher-bar' }, h('h1', {}, t('teacher.open')), lockButton), ...notices(ctx), tabs, panel);
  void ctx.data.evidence.recounting.then(() => PANELS[tab](panel, ctx));
}

/** What the teacher must know about storage: the children never see these. */
function notices(ctx: TeacherContext): HTMLElement[] {
  const t = ctx.i18n.t;
  const out: HTMLElement[] = [];
  const { problem, evidence } = ctx.data;
  if (ctx.pinResetAt) out.push(h('p', { class: 'notice', role: 'alert' }, t('teacher.pinWasReset', { when: new Date(ctx.pinResetAt).toLocaleString(ctx.lang === 'vi' ? 'vi-VN' : 'en-GB') })));
  if (problem === 'unavailable') out.push(h('p', { class: 'notice', role: 'alert' }, t('teacher.storage.unavailable')));
  if (evidence.recorder.memoryOnly > 0) out.push(h('p', { class: 'notice', role: 'alert', 'data-memory-only': '' }, t('teacher.storage.memoryOnly', { count: evidence.recorder.memoryOnly })));
  if (evidence.recorder.pending > 0) out.push(h('p', { class: 'notice', role: 'alert' }, t('teacher.storage.pending', { count: evidence.recorder.pending })));
  if (problem === 'notPersistent') out.push(h('p', { class: 'notice info' }, t('teacher.storage.notPersistent')));
  return out;
}
