import { h } from '../dom.ts';
import { announce } from '../live.ts';
import type { TeacherContext } from './context.ts';

/** Open an activity file with its pictures and sounds; the ones kept on this device, each removable. */
export function ownActivities(ctx: TeacherContext): HTMLElement {
  const t = ctx.i18n.t;
  const input = h('input', { type: 'file', multiple: true, accept: '.json,application/json,image/*,audio/*', hidden: true });
  input.addEventListener('change', () => input.files && ctx.own.open([...input.files]));
  // A real button (keyboard, screen reader) that opens the system's file picker.
  const pick = h('button', { type: 'button', class: 'button' }, t('own.open'));
  pick.addEventListener('click', () => input.click());
  // The file opened last (from here or dropped on the menu): kept only from here, behind the gate.
  const preview = ctx.own.preview();
  const opened: HTMLElement[] = [];
  if (preview) {
    const keep = preview.kept ? h('span', { class: 'kept' }, t('own.kept')) : h('button', { type: 'button', class: 'button' }, t('own.keep'));
    keep.addEventListener('click', async () => {
      if (preview.kept) return;
      await ctx.own.keep();
      announce(t('own.kept'));
      ctx.refresh();
    });
    opened.push(h('p', { class: 'opened', 'data-opened': '' }, t('own.previewing', { title: preview.title }), ' ', keep));
  }
  const list = h('ul', { class: 'own-list' });
  for (const a of ctx.own.kept()) {
    const remove = h('button', { type: 'button', class: 'button quiet' }, t('own.remove', { title: a.title }));
    remove.addEventListener('click', async () => {
      await ctx.own.remove(a.id);
      announce(t('own.removed', { title: a.title }));
      ctx.refresh();
    });
    list.append(h('li', {}, h('span', {}, a.title), remove));
  }
  return h(
    'section',
    { class: 'own', 'aria-labelledby': 'own-heading' },
    h('h2', { id: 'own-heading' }, t('own.heading')),
    h('p', {}, t('own.openHint')),
    input,
    pick,
    ...opened,
    list.children.length ? list : h('p', {}, t('own.none')),
  );
}
