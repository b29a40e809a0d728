import type { Lang } from '../../model/activity/lang.ts';
import { pick } from '../../model/activity/lang.ts';
import { COMPETENCIES } from '../../model/evidence/frameworks/index.ts';
import { type Facets, facets, filterPacks, type LibraryFilter } from '../../model/library/browse.ts';
import type { LibraryEntry } from '../../model/library/library-index.ts';
import { type PackStatus, statusOnDevice } from '../../model/library/status.ts';
import { h } from '../dom.ts';
import { announce } from '../live.ts';
import type { TeacherContext } from './context.ts';

/**
 * Kho học liệu: the cluster's shared library, from any folder's address. The address form and
 * the filters are drawn once; typing in the search or choosing a filter redraws only the list
 * (the field keeps its focus). Each pack says whether this device has it, and offers a preview
 * (played, nothing kept) and a download with progress (checked, then kept whole).
 */
export async function renderLibrary(root: HTMLElement, ctx: TeacherContext): Promise<void> {
  const t = ctx.i18n.t;
  const lib = ctx.library;
  const input = h('input', { type: 'url', id: 'library-address', name: 'library-address', inputmode: 'url', autocomplete: 'url', spellcheck: 'false', placeholder: 'https://…/kho/' });
  input.value = lib.folder;
  const error = h('p', { class: 'error', id: 'library-address-error', role: 'alert' });
  input.setAttribute('aria-describedby', 'library-address-hint library-address-error');
  const open = h('button', { type: 'submit', class: 'button' }, t('library.open'));
  const form = h(
    'form',
    { class: 'teacher-form library-address' },
    h('label', { for: 'library-address' }, t('library.address')),
    h('p', { id: 'library-address-hint', class: 'hint' }, t('library.addressHint')),
    h('div', { class: 'row' }, input, open),
    error,
  );
  const status = h('p', { role: 'status', class: 'library-status' });
  const body = h('div', { class: 'library-body' });
  root.replaceChildren(h('h2', {}, t('library.heading')), h('p', {}, t('library.intro')), form, status, body);

  const show = async () => {
    const list = lib.list;
    error.textContent = '';
    if (list.kind === 'none') return void (status.textContent = t('library.noAddress'), body.replaceChildren());
    if (list.kind === 'failed') return void (status.textContent = '', (error.textContent = t(`library.listErrors.${list.problem}`)), body.replaceChildren());
    const when = new Date(list.fetchedAt).toLocaleString(ctx.lang === 'vi' ? 'vi-VN' : 'en-GB');
    status.replaceChildren(
      t('library.loaded', { count: list.entries.length, when }),
      ...(list.skipped ? [' ', t('library.skipped', { count: list.skipped })] : []),
    );
    if (list.stale) status.prepend(h('strong', { class: 'stale', 'data-stale': '' }, t('library.stale', { when })), ' ');
    const installed = await ctx.library.packs.installed();
    drawBrowser(body, ctx, list.entries, installed);
  };

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const folder = lib.folderOf(input.value);
    if (!folder.ok) return void (error.textContent = t(`library.addressErrors.${folder.problem}`));
    input.value = folder.folder;
    open.disabled = true;
    status.textContent = t('library.loading');
    await lib.open(folder.folder);
    open.disabled = false;
    await show();
    announce(status.textContent ?? '');
  });

  // The remembered folder opens by itself (from this device's copy when offline), and is asked
  // again when the list shown is old: a copy from offline, or over a minute old.
  const list = lib.list;
  const fresh = list.kind === 'list' && list.folder === lib.folder && !list.stale && Date.now() - list.fetchedAt < 60_000;
  if (lib.folder && !fresh) {
    status.textContent = t('library.loading');
    await lib.open();
  }
  await show();
}

/** The filters and the list; a change of filter redraws the list only. */
function drawBrowser(body: HTMLElement, ctx: TeacherContext, entries: LibraryEntry[], installed: ReadonlyMap<string, string>): void {
  const t = ctx.i18n.t;
  const f = ctx.library.filter;
  const options = facets(entries);
  const list = h('ul', { class: 'library-list', 'aria-labelledby': 'library-results' });
  const count = h('p', { id: 'library-results', role: 'status' });
  const redraw = () => {
    const shown = filterPacks(entries, f, ctx.lang);
    count.textContent = t('library.shown', { count: shown.length, total: entries.length });
    list.replaceChildren(...shown.map((e) => packItem(e, statusOnDevice(e, installed, ctx.library.packs.compare), ctx)));
  };
  const search = h('input', { type: 'search', id: 'library-search', name: 'library-search' });
  search.value = f.query ?? '';
  search.addEventListener('input', () => ((f.query = search.value), redraw()));
  const filters = h(
    'fieldset',
    { class: 'library-filters teacher-form' },
    h('legend', {}, t('library.filters')),
    h('span', { class: 'field' }, h('label', { for: 'library-search' }, t('library.search')), search),
    ...selects(ctx, options, f, redraw),
  );
  body.replaceChildren(filters, count, list);
  redraw();
}

function selects(ctx: TeacherContext, options: Facets, f: LibraryFilter, redraw: () => void): HTMLElement[] {
  const t = ctx.i18n.t;
  const competency = (code: string) => {
    const c = COMPETENCIES.get(code);
    return c ? `${code} · ${c.name[ctx.lang]}` : code;
  };
  const one = (key: 'band' | 'subject' | 'competency' | 'school', values: string[], label: (v: string) => string) => {
    const id = `library-${key}`;
    const select = h('select', { id, name: id }, h('option', { value: '' }, t('library.any')));
    for (const v of values) select.append(h('option', { value: v }, label(v)));
    select.value = f[key] ?? '';
    select.addEventListener('change', () => ((f[key] = select.value || undefined), redraw()));
    return h('span', { class: 'field' }, h('label', { for: id }, t(`library.by.${key}`)), select);
  };
  return [
    one('band', options.bands, (b) => t(`bands.${b}`, { defaultValue: b })),
    one('subject', options.subjects, (s) => t(`subjects.${s}`, { defaultValue: s })),
    one('competency', options.competencies, competency),
    one('school', options.schools, (s) => s),
  ];
}

/** A size as a teacher reads it (kB, MB). */
export function sizeText(bytes: number, lang: Lang): string {
  const fmt = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  return bytes < 1_000_000 ? `${fmt.format(Math.max(0.1, bytes / 1000))} kB` : `${fmt.format(bytes / 1_000_000)} MB`;
}

function packItem(e: LibraryEntry, status: PackStatus, ctx: TeacherContext): HTMLElement {
  const t = ctx.i18n.t;
  const m = e.manifest;
  const title = pick(m.title, ctx.lang);
  const headingId = `pack-${m.id}`;
  const row = (term: string, value: string) => [h('dt', {}, t(`library.fields.${term}`)), h('dd', {}, value)];
  const details = h(
    'dl',
    { class: 'pack-facts' },
    ...row('version', m.version),
    ...row('authors', m.authors.join(', ')),
    ...row('license', m.license),
    ...(m.school ? row('school', m.school) : []),
    ...row('size', sizeText(e.size, ctx.lang)),
  );
  const here = ctx.library.packs;
  const mark = h('p', { class: `pack-status ${status}`, 'data-status': status }, t(`library.status.${status}`));
  const progress = h('progress', { max: String(e.size), value: '0', hidden: true, 'aria-label': t('library.progress', { title }) });
  const message = h('p', { class: 'pack-message', role: 'status' });
  const busy = (on: boolean) => {
    for (const b of buttons.querySelectorAll('button')) b.disabled = on;
    progress.hidden = !on;
  };
  const fetchIt = async (): Promise<Uint8Array | undefined> => {
    busy(true);
    try {
      return await ctx.library.fetch(e, (loaded, total) => {
        progress.max = total;
        progress.value = loaded;
        message.textContent = t('library.downloading', { percent: Math.floor((100 * loaded) / Math.max(1, total)) });
      });
    } catch (err) {
      const reason = err instanceof Error && 'reason' in err ? String(err.reason) : 'network';
      message.textContent = t(`library.downloadErrors.${reason}`, { defaultValue: t('library.downloadErrors.network') });
      return undefined;
    } finally {
      busy(false);
    }
  };
  const preview = h('button', { type: 'button', class: 'button quiet', 'aria-describedby': headingId }, t('library.preview'));
  preview.addEventListener('click', async () => {
    const bytes = await fetchIt();
    if (!bytes) return;
    const played = await here.preview(bytes, e.file);
    if (!played.ok) message.textContent = played.message;
  });
  const buttons = h('div', { class: 'pack-actions' }, preview);
  if (status === 'absent' || status === 'update') {
    const keep = h('button', { type: 'button', class: 'button', 'aria-describedby': headingId, 'data-action': status }, t(status === 'update' ? 'library.update' : 'library.download'));
    keep.addEventListener('click', async () => {
      const bytes = await fetchIt();
      if (!bytes) return;
      message.textContent = t('library.installing');
      const kept = await here.install(bytes, e.file);
      if (!kept.ok) return void (message.textContent = kept.message);
      message.textContent = t('library.installed', { title: kept.title });
      announce(message.textContent);
      const installed = await here.installed();
      mark.className = `pack-status ${statusOnDevice(e, installed, here.compare)}`;
      mark.dataset.status = statusOnDevice(e, installed, here.compare);
      mark.textContent = t(`library.status.${mark.dataset.status}`);
      keep.remove();
    });
    buttons.append(keep);
  }
  const description = m.description ? h('p', { class: 'pack-description' }, pick(m.description, ctx.lang)) : undefined;
  return h(
    'li',
    { class: 'pack', 'data-pack': m.id },
    h('article', { 'aria-labelledby': headingId }, h('h3', { id: headingId }, title), description, details, mark, buttons, progress, message),
  );
}
