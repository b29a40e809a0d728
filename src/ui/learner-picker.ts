import type { i18n } from 'i18next';
import { byGivenName, WHOLE_CLASS_ID, type Learner } from '../model/learners/learner.ts';
import { avatarName, avatarUrl } from './avatar.ts';
import { h } from './dom.ts';

/** The picture and name of who plays now (the whole class has a picture of its own). */
export function learnerFace(learner: Learner | undefined, i18n: i18n): { src: string; name: string; alt: string } {
  // The app's icon as a picture (the build's, from favicon.svg): an SVG <img> costs a document of its own on the first screen.
  if (!learner) return { src: 'pwa-192x192.png', name: i18n.t('learners.wholeClass'), alt: '' };
  return { src: avatarUrl(learner.animal, learner.color), name: learner.name, alt: avatarName(i18n.t, learner.animal, learner.color) };
}

/**
 * The grid a child finds themself in without reading: big tiles, avatars, names below, in the
 * class list's order (by given name, Vietnamese collation); a class of 30 fits a 1024×768 tablet
 * without scrolling. One tap opens it, one tap picks: two taps to switch learner. An empty class
 * tells the teacher where children are added.
 */
export function openLearnerPicker(opts: { learners: Learner[]; current: string; i18n: i18n; onPick(id: string): void }): void {
  const t = opts.i18n.t;
  const dialog = h('dialog', { class: 'picker', 'aria-labelledby': 'picker-title' });
  const grid = h('ul', { class: 'faces' });
  const choices: (Learner | undefined)[] = [undefined, ...[...opts.learners].sort(byGivenName)];
  for (const l of choices) {
    const id = l?.id ?? WHOLE_CLASS_ID;
    const face = learnerFace(l, opts.i18n);
    const b = h('button', { type: 'button', class: 'face', 'aria-pressed': String(id === opts.current), 'data-learner': id }, h('img', { src: face.src, alt: face.alt }), h('span', {}, face.name));
    b.addEventListener('click', () => {
      dialog.close();
      opts.onPick(id);
    });
    grid.append(h('li', {}, b));
  }
  const close = h('button', { type: 'button', class: 'chip' }, t('learners.close'));
  close.addEventListener('click', () => dialog.close());
  const hint = opts.learners.length ? [] : [h('p', { class: 'picker-hint' }, t('learners.emptyHint'))];
  dialog.append(h('h2', { id: 'picker-title' }, t('learners.pick')), grid, ...hint, close);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
