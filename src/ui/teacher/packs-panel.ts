import type { Checked, PackActions } from '../../contracts/packs.ts';
import { pick } from '../../model/activity/lang.ts';
import { formatIssue } from '../../model/activity/issues.ts';
import { SEMVER } from '../../model/pack/ids.ts';
import { h } from '../dom.ts';
import { announce } from '../live.ts';
import type { TeacherContext } from './context.ts';

const LICENSES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC0-1.0'];

/** The pack being looked at (kept across redraws of the panel), and the last thing said. */
let current: Checked | undefined;
let said: { text: string; alert?: boolean } | undefined;

/**
 * Activity packs in the teacher's area (behind the gate): import one (picked here or dropped on
 * the window), see its title, version, authors, licence, school and contents before keeping it,
 * the packs kept, and any activity or lesson exported as a pack.
 */
export function packsPanel(ctx: TeacherContext, packs: PackActions): HTMLElement {
  const t = ctx.i18n.t;
  const section = h('section', { class: 'packs', 'aria-labelledby': 'packs-heading' });
  const status = h('p', { class: 'pack-status', role: 'status' });
  const progress = h('progress', { max: '1', value: '0', hidden: true });
  const say = (text: string, alert = false) => {
    said = { text, alert };
    status.textContent = text;
    status.setAttribute('role', alert ? 'alert' : 'status');
    announce(text);
  };
  const look = async (name: string, bytes: Uint8Array) => {
    progress.hidden = false;
    say(t('packs.reading'));
    current = await packs.check(name, bytes, (f) => (progress.value = f));
    said = undefined;
    ctx.refresh();
  };
  const dropped = packs.takeDropped();
  if (dropped) void look(dropped.name, dropped.bytes);

  const input = h('input', { type: 'file', accept: '.lopvui,application/zip', hidden: true, 'data-pack-input': '' });
  input.addEventListener('change', async () => {
    const f = input.files?.[0];
    if (f) await look(f.name, new Uint8Array(await f.arrayBuffer()));
  });
  const pickButton = h('button', { type: 'button', class: 'button' }, t('packs.import'));
  pickButton.addEventListener('click', () => input.click());
  if (said) status.textContent = said.text;

  section.append(h('h2', { id: 'packs-heading' }, t('packs.heading')), h('p', {}, t('packs.hint')), input, pickButton, progress, status);
  if (current) section.append(lookedAt(ctx, packs, current, progress, say));
  section.append(keptList(ctx, packs, say), exportForm(ctx, packs, say));
  return section;
}

/** The pack opened: what it is and holds, and what keeping it would do (or why it is refused). */
function lookedAt(ctx: TeacherContext, packs: PackActions, c: Checked, progress: HTMLProgressElement, say: (s: string, alert?: boolean) => void): HTMLElement {
  const t = ctx.i18n.t;
  const close = h('button', { type: 'button', class: 'button quiet' }, t('packs.cancel'));
  close.addEventListener('click', () => {
    current = undefined;
    ctx.refresh();
  });
  const errors = (list: Parameters<typeof formatIssue>[0][]) => h('ul', { class: 'pack-errors' }, ...list.map((i) => h('li', {}, formatIssue(i, t))));
  if (!c.ok) return h('div', { class: 'broken', 'data-pack': 'refused', role: 'alert' }, h('p', {}, `${c.name}: ${t('packs.refused')}`), errors(c.errors), h('div', { class: 'actions' }, close));
  const m = c.pack.manifest;
  const row = (label: string, value: string | undefined) => (value ? [h('dt', {}, label), h('dd', {}, value)] : []);
  const extras = [...c.pack.files].filter(([, f]) => f.role === 'plan' || f.role === 'video');
  const facts = h(
    'dl',
    { class: 'pack-facts' },
    ...row(t('packs.title'), pick(m.title, ctx.lang)),
    ...row(t('packs.version'), m.version),
    ...row(t('packs.authors'), m.authors.join(', ')),
    ...row(t('packs.license'), m.license),
    ...row(t('packs.school'), m.school),
    ...row(t('packs.cluster'), m.cluster),
    ...row(t('packs.contents'), t('packs.contentsList', { activities: c.pack.activities.length, lessons: c.pack.lessons.length })),
    ...extras.flatMap(([path, f]) => row(t(f.role === 'plan' ? 'packs.plan' : 'packs.video'), path.slice(path.indexOf('/') + 1))),
  );
  const d = c.decision;
  const actions = h('div', { class: 'actions' });
  const box = h('div', { class: 'opened', 'data-pack': d.kind }, h('div', {}, facts, actions));
  if (d.kind === 'refused') box.append(errors(d.errors));
  if (d.kind === 'same') actions.append(h('p', {}, t('packs.same', { version: m.version })));
  if ((d.kind === 'new' || d.kind === 'update') && d.skipped.length) box.append(h('p', {}, t('packs.fromLibrary', { ids: d.skipped.join(', ') })));
  if (d.kind === 'new' || d.kind === 'update') {
    const keep = h('button', { type: 'button', class: 'button' }, d.kind === 'update' ? t('packs.update', { from: d.from, to: m.version }) : t('packs.keep'));
    keep.addEventListener('click', async () => {
      keep.disabled = true;
      progress.hidden = false;
      say(t('packs.saving'));
      const r = await packs.keep(c, (f) => (progress.value = f));
      current = undefined;
      if (r.status === 'installed') say(t('packs.installed', { title: pick(r.manifest.title, ctx.lang), version: r.manifest.version }));
      else if (r.status === 'updated') say(t('packs.updated', { title: pick(r.manifest.title, ctx.lang), from: r.from, to: r.manifest.version }));
      else if (r.status === 'refused') say(r.errors.map((e) => formatIssue(e, t)).join('\n'), true);
      ctx.refresh();
    });
    actions.append(keep);
  }
  actions.append(close);
  return box;
}

function keptList(ctx: TeacherContext, packs: PackActions, say: (s: string) => void): HTMLElement {
  const t = ctx.i18n.t;
  const list = h('ul', { class: 'own-list', 'data-packs-kept': '' });
  for (const p of packs.kept()) {
    const title = pick(p.manifest.title, ctx.lang);
    const remove = h('button', { type: 'button', class: 'button quiet' }, t('packs.remove', { title }));
    remove.addEventListener('click', async () => {
      await packs.remove(p.id);
      say(t('packs.removed', { title }));
      ctx.refresh();
    });
    // The lesson plan and the video, saved from the tablet's own copy (nothing is fetched).
    const extras = p.extras.map((x) => {
      const name = x.path.slice(x.path.indexOf('/') + 1);
      const link = h('a', { href: '#', download: name, class: 'button quiet' }, `${t(x.path.startsWith('plan/') ? 'packs.plan' : 'packs.video')}: ${name}`);
      link.addEventListener('click', (e) => {
        e.preventDefault();
        saveBytes(name, x.blob);
      });
      return link;
    });
    list.append(h('li', {}, h('span', {}, t('packs.keptLine', { title, version: p.manifest.version, authors: p.manifest.authors.join(', '), license: p.manifest.license })), ...extras, remove));
  }
  return h('div', {}, h('h3', {}, t('packs.kept')), list.children.length ? list : h('p', {}, t('packs.none')));
}

/** Export any activity or lesson; authors and licence are filled in once and remembered. */
function exportForm(ctx: TeacherContext, packs: PackActions, say: (s: string, alert?: boolean) => void): HTMLElement {
  const t = ctx.i18n.t;
  const items = packs.exportable();
  const what = h('select', { id: 'pack-export-what' });
  for (const [kind, label] of [
    ['lesson', t('packs.lessonsGroup')],
    ['activity', t('packs.activitiesGroup')],
  ] as const) {
    const group = h('optgroup', { label });
    for (const i of items.filter((x) => x.kind === kind)) group.append(h('option', { value: `${i.kind}:${i.id}` }, i.title));
    if (group.children.length) what.append(group);
  }
  const field = (id: string, label: string, input: HTMLInputElement | HTMLSelectElement) => h('p', { class: 'field' }, h('label', { for: id }, label), ' ', input);
  const authors = h('input', { id: 'pack-authors', type: 'text', autocomplete: 'name' });
  const license = h('select', { id: 'pack-license' }, ...LICENSES.map((l) => h('option', { value: l }, l)));
  const school = h('input', { id: 'pack-school', type: 'text' });
  const cluster = h('input', { id: 'pack-cluster', type: 'text' });
  const version = h('input', { id: 'pack-version', type: 'text', value: '1.0.0', inputmode: 'decimal' });
  void packs.authorship().then((a) => {
    if (!a) return;
    authors.value ||= a.authors.join(', ');
    license.value = a.license;
    school.value ||= a.school ?? '';
    cluster.value ||= a.cluster ?? '';
  });
  const go = h('button', { type: 'button', class: 'button' }, t('packs.export'));
  go.addEventListener('click', async () => {
    const names = authors.value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (!names.length) return (say(t('packs.needAuthors'), true), authors.focus());
    if (!SEMVER.test(version.value.trim())) return (say(t('packs.badVersion'), true), version.focus());
    const [kind, ...rest] = what.value.split(':');
    const who = { authors: names, license: license.value, ...(school.value.trim() && { school: school.value.trim() }), ...(cluster.value.trim() && { cluster: cluster.value.trim() }) };
    go.disabled = true;
    try {
      await packs.saveAuthorship(who);
      const made = await packs.export({ kind: kind === 'lesson' ? 'lesson' : 'activity', id: rest.join(':') }, { ...who, version: version.value.trim() });
      saveBytes(made.name, made.bytes);
      say(t('packs.exported', { file: made.name }));
    } catch (e) {
      say(t('packs.exportFailed', { detail: e instanceof Error ? e.message : String(e) }), true);
    } finally {
      go.disabled = false;
    }
  });
  return h(
    'div',
    { class: 'pack-export teacher-form' },
    h('h3', {}, t('packs.exportHeading')),
    h('p', {}, t('packs.exportHint')),
    field('pack-export-what', t('packs.exportWhat'), what),
    field('pack-authors', t('packs.authorsField'), authors),
    field('pack-license', t('packs.licenseField'), license),
    field('pack-school', t('packs.schoolField'), school),
    field('pack-cluster', t('packs.clusterField'), cluster),
    field('pack-version', t('packs.versionField'), version),
    go,
  );
}

/** Offer the pack to save (made in the page, nothing uploaded). */
function saveBytes(name: string, bytes: Uint8Array | Blob): void {
  const url = URL.createObjectURL(bytes instanceof Blob ? bytes : new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
