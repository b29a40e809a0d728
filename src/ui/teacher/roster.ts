import { v4 as uuid } from 'uuid';
import { ANIMALS, AVATAR_COLORS, freeAvatar, validName, type Animal, type AvatarColor, type Learner } from '../../model/learners/learner.ts';
import { isStage, schoolingOf, STAGES, type Stage } from '../../model/learners/stage.ts';
import { eraseLearner } from '../../store/erase-learner.ts';
import { avatarName, avatarUrl } from '../avatar.ts';
import { h } from '../dom.ts';
import { announce } from '../live.ts';
import type { TeacherContext } from './context.ts';

/** The class list: add, rename, choose a picture, archive and restore. */
export function renderRoster(root: HTMLElement, ctx: TeacherContext): void {
  const t = ctx.i18n.t;
  const { learners } = ctx.data;
  const error = h('p', { class: 'error', role: 'alert' });
  const name = h('input', { name: 'learner-name', 'aria-label': t('teacher.roster.name'), maxlength: '40' });
  const stage = stageSelect(ctx, undefined, t('teacher.stages.choose'));
  const add = h('form', { class: 'teacher-form roster-row' }, name, stage, h('button', { type: 'submit', class: 'button' }, t('teacher.roster.add')), error);
  add.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!validName(name.value)) return void (error.textContent = t('teacher.roster.invalidName'));
    if (!isStage(stage.value)) return void (error.textContent = t('teacher.stages.required'));
    const learner: Learner = { id: uuid(), name: name.value.trim(), ...freeAvatar(learners.list({ archived: true })), archived: false, createdAt: new Date().toISOString(), stage: stage.value };
    void learners.save(learner).then(ctx.refresh);
  });
  const list = h('div', { role: 'list' });
  const all = learners.list({ archived: true });
  for (const l of all) list.append(row(l, ctx));
  root.replaceChildren(add, ...(all.length ? [list] : [h('p', {}, t('teacher.roster.empty'))]));
}

function row(l: Learner, ctx: TeacherContext): HTMLElement {
  const t = ctx.i18n.t;
  const save = (changes: Partial<Learner>) => void ctx.data.learners.save({ ...l, ...changes }).then(ctx.refresh);
  const name = h('input', { value: l.name, 'aria-label': `${t('teacher.roster.rename')}: ${l.name}`, maxlength: '40' });
  name.addEventListener('change', () => (validName(name.value) ? save({ name: name.value.trim() }) : (name.value = l.name)));
  const picture = h('select', { 'aria-label': `${t('teacher.roster.avatar')}: ${l.name}` });
  for (const animal of ANIMALS) {
    for (const color of AVATAR_COLORS) {
      const o = h('option', { value: `${animal}/${color}` }, avatarName(t, animal, color));
      o.selected = animal === l.animal && color === l.color;
      picture.append(o);
    }
  }
  picture.addEventListener('change', () => {
    const [animal, color] = picture.value.split('/') as [Animal, AvatarColor];
    save({ animal, color });
  });
  const stage = stageSelect(ctx, l.stage, `${t('teacher.stages.choose')}: ${l.name}`);
  stage.addEventListener('change', () => isStage(stage.value) && save({ stage: stage.value }));
  const archive = h('button', { type: 'button', class: 'button quiet' }, t(l.archived ? 'teacher.roster.restore' : 'teacher.roster.archive'));
  archive.addEventListener('click', () => save({ archived: !l.archived }));
  // Inside the teacher's area (behind the gate), and only after a confirmation naming the child.
  const erase = h('button', { type: 'button', class: 'button quiet danger' }, t('teacher.roster.erase'));
  erase.setAttribute('aria-label', `${t('teacher.roster.erase')}: ${l.name}`);
  erase.addEventListener('click', async () => {
    if (!confirm(t('teacher.roster.eraseConfirm', { name: l.name }))) return;
    const n = await eraseLearner(ctx.data, l.id);
    announce(t('teacher.roster.erased', { name: l.name, count: n }));
    ctx.refresh();
  });
  return h(
    'div',
    { class: 'roster-row teacher-form', role: 'listitem', 'data-learner': l.id },
    h('img', { src: avatarUrl(l.animal, l.color), alt: avatarName(t, l.animal, l.color) }),
    name,
    stage,
    picture,
    archive,
    erase,
    ...(l.archived ? [h('span', {}, t('teacher.roster.archived'))] : []),
    // A learner from before stages existed: the teacher is asked, nothing is guessed.
    ...(l.stage === undefined ? [h('p', { class: 'notice', role: 'note' }, t('teacher.stages.ask'))] : []),
  );
}

/** Age groups of mầm non, then the grades of tiểu học; "not chosen" only while none is. */
function stageSelect(ctx: TeacherContext, current: Stage | undefined, label: string): HTMLSelectElement {
  const t = ctx.i18n.t;
  // Required, told in our own words (the browser's bubble would not say why).
  const select = h('select', { name: 'stage', 'aria-label': label, 'aria-required': 'true' });
  if (current === undefined) select.append(h('option', { value: '' }, t('teacher.stages.unset')));
  for (const school of ['mam-non', 'tieu-hoc'] as const) {
    const group = h('optgroup', { label: t(school === 'mam-non' ? 'teacher.stages.mamNon' : 'teacher.stages.tieuHoc') });
    for (const s of STAGES.filter((x) => schoolingOf(x) === school)) {
      const o = h('option', { value: s }, t(`bands.${s}`));
      o.selected = s === current;
      group.append(o);
    }
    select.append(group);
  }
  return select;
}
