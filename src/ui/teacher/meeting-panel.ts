import { strToU8, zipSync } from 'fflate';
import { pick } from '../../model/activity/lang.ts';
import { LANGUAGE_TAGS, type Statement } from '../../model/evidence/xapi.ts';
import { WHOLE_CLASS_ID } from '../../model/learners/learner.ts';
import { textIn } from '../../model/report/answer-label.ts';
import { bandsOf, type Band } from '../../model/activity/terms.ts';
import { classReport, earlyYearsOnly, type ActivityTally } from '../../model/report/class-report.ts';
import { galleryHtml, galleryProducts } from '../../model/report/gallery.ts';
import { mergeReports, parseReportFile, scopeOf } from '../../model/report/merge.ts';
import { endings, reportCsv, wrongText, type ReportWords, type StageWords } from '../../model/report/report-csv.ts';
import { classReports } from '../../store/class-reports.ts';
import { h } from '../dom.ts';
import { download, today } from '../download.ts';
import type { TeacherContext } from './context.ts';

interface Scope {
  title: string;
  activityIds: string[];
}

/**
 * For the cụm meeting: the pupils' products of an activity or a lesson as a gallery (a zip of a
 * static page and its SVGs), and the class report with no names (seen here and printed, as CSV,
 * as a file other teachers import), merged with the reports other classes' files brought.
 */
export async function renderMeeting(root: HTMLElement, ctx: TeacherContext): Promise<void> {
  const t = ctx.i18n.t;
  const scopes = new Map<string, Scope>();
  const select = h('select', { name: 'meeting-scope' });
  const lessons = ctx.lessons();
  if (lessons.length) {
    const group = h('optgroup', { label: t('meeting.lessons') });
    for (const l of lessons) {
      scopes.set(`lesson:${l.id}`, { title: pick(l.title, ctx.lang), activityIds: l.steps.map((s) => s.activity) });
      group.append(h('option', { value: `lesson:${l.id}` }, pick(l.title, ctx.lang)));
    }
    select.append(group);
  }
  const played = new Set([...ctx.data.evidence.rollups.values()].flatMap((c) => ('item' in c ? [c.activity] : [])));
  const activities = [...ctx.entries.flatMap((e) => (e.id && e.title ? [{ id: e.id, title: pick(e.title, ctx.lang) }] : [])), ...ctx.own.kept().filter((k) => !k.id.startsWith('lesson:'))];
  const group = h('optgroup', { label: t('meeting.activities') });
  for (const a of activities) {
    scopes.set(`activity:${a.id}`, { title: a.title, activityIds: [a.id] });
    group.append(h('option', { value: `activity:${a.id}` }, a.title));
  }
  select.append(group);
  // Start on something the class has played.
  const first = activities.find((a) => played.has(a.id));
  if (first) select.value = `activity:${first.id}`;
  const scope = () => scopes.get(select.value) ?? { title: '', activityIds: [] };

  const names = h('input', { type: 'checkbox', name: 'show-names' });
  const status = h('div', { role: 'status', class: 'import-status' });
  const view = h('section', { class: 'class-report', 'aria-live': 'polite' });
  const say = (text: string, alert = false) => status.replaceChildren(h('p', alert ? { class: 'notice', role: 'alert' } : {}, text));
  const button = (label: string, onClick: () => void | Promise<void>, cls = 'button') => {
    const b = h('button', { type: 'button', class: cls }, label);
    b.addEventListener('click', () => void onClick());
    return b;
  };
  const dateOf = (iso: string) => new Date(iso).toLocaleDateString(LANGUAGE_TAGS[ctx.lang], { day: 'numeric', month: 'long', year: 'numeric' });

  const exportGallery = button(t('meeting.exportGallery'), async () => {
    const s = scope();
    const learnerNames = names.checked ? new Map([...ctx.data.learners.list({ archived: true }).map((l) => [l.id, l.name] as const), [WHOLE_CLASS_ID, t('learners.wholeClass')]]) : undefined;
    const { products, refused } = galleryProducts(await ctx.data.evidence.all(), s.activityIds, learnerNames);
    if (products.length === 0) return say(t('meeting.galleryEmpty'));
    const html = galleryHtml({
      lang: ctx.lang,
      title: t('meeting.galleryTitle', { title: s.title }),
      subtitle: t('meeting.gallerySubtitle', { count: products.length, date: dateOf(new Date().toISOString()) }),
      products,
      date: dateOf,
    });
    const files: Record<string, Uint8Array> = { 'index.html': strToU8(html) };
    for (const p of products) files[p.file] = strToU8(p.svg);
    download(`lopvui-san-pham-${today()}.zip`, zipSync(files, { level: 6 }), 'application/zip');
    say([t('meeting.galleryDone', { count: products.length }), refused ? t('meeting.galleryRefused', { count: refused }) : ''].join(' ').trim());
  });

  /** This class's report now, from the device's evidence. */
  const ownReport = async () => {
    const statements = await ctx.data.evidence.all();
    return classReport({ classId: await classReports.classId(), generatedAt: new Date().toISOString(), statements, early: await earlyOf(ctx, statements) });
  };
  const merged = async () => mergeReports([...(await classReports.imported()), await ownReport()]);
  const words = (): ReportWords => {
    const stage = (k: 'primary' | 'early'): StageWords => ({
      children: t(`meeting.${k}.children`),
      firstTry: t(`meeting.${k}.firstTry`),
      afterHelp: t(`meeting.${k}.afterHelp`),
      shown: t(`meeting.${k}.shown`),
      wrong: t(`meeting.${k}.wrong`),
      // The model puts each count in: i18next leaves the placeholder as it is.
      wrongCount: t(`meeting.${k}.wrongCount`, { n: '{{n}}' }),
    });
    return { activity: t('meeting.activity'), question: t('meeting.question'), primary: stage('primary'), early: stage('early') };
  };
  const classesLine = (n: number, at: string) => `${n === 1 ? t('meeting.classesOne') : t('meeting.classesMany', { count: n })}. ${t('meeting.generated', { date: dateOf(at) })}`;

  const draw = async () => {
    const m = await merged();
    const s = scope();
    drawReport(view, ctx, s.title, classesLine(m.classes, m.generatedAt), scopeOf(m, s.activityIds), words());
  };
  const showReport = button(t('meeting.showReport'), async () => {
    await draw();
    view.scrollIntoView({ block: 'nearest' });
  });
  const exportCsv = button(
    t('meeting.exportCsv'),
    async () => {
      const m = await merged();
      const s = scope();
      download(`lopvui-bao-cao-lop-${today()}.csv`, reportCsv(t('meeting.reportTitle', { title: s.title }), classesLine(m.classes, m.generatedAt), scopeOf(m, s.activityIds), ctx.lang, words()), 'text/csv;charset=utf-8');
    },
    'button quiet',
  );
  const exportFile = button(
    t('meeting.exportFile'),
    async () => {
      download(`lopvui-bao-cao-lop-${today()}.json`, JSON.stringify(await ownReport()), 'application/json');
    },
    'button quiet',
  );
  const print = button(
    t('meeting.print'),
    async () => {
      await draw();
      const doc = root.ownerDocument;
      doc.body.dataset.print = 'class-report';
      doc.defaultView?.addEventListener('afterprint', () => delete doc.body.dataset.print, { once: true });
      doc.defaultView?.print();
    },
    'button quiet',
  );

  const file = h('input', { type: 'file', accept: 'application/json,.json', name: 'class-report', multiple: true });
  file.addEventListener('change', async () => {
    const chosen = [...(file.files ?? [])];
    file.value = '';
    const own = await classReports.classId();
    const lines: string[] = [];
    for (const f of chosen) {
      let raw: unknown;
      try {
        raw = JSON.parse(await f.text());
      } catch {
        raw = undefined;
      }
      const r = parseReportFile(raw);
      if ('error' in r) lines.push(t('meeting.importBad', { file: f.name, reason: r.error }));
      else if (r.report.classId === own) lines.push(t('meeting.importOwn', { file: f.name }));
      else lines.push(t(`meeting.import_${await classReports.keep(r.report)}`, { file: f.name }));
    }
    lines.push(t('meeting.importedCount', { count: (await classReports.imported()).length }));
    status.replaceChildren(...lines.map((l) => h('p', {}, l)));
    if (view.firstChild) await draw();
  });
  const clear = button(
    t('meeting.clearImported'),
    async () => {
      await classReports.clear();
      say(t('meeting.importedCount', { count: 0 }));
      if (view.firstChild) await draw();
    },
    'button quiet',
  );

  root.replaceChildren(
    h('h2', {}, t('meeting.heading')),
    h('p', { class: 'no-print' }, t('meeting.hint')),
    h(
      'div',
      { class: 'teacher-form no-print' },
      h('p', {}, h('label', {}, t('meeting.scope'), h('br'), select)),
      h('p', {}, h('label', { class: 'check' }, names, ' ', t('meeting.showNames'))),
      h('div', { class: 'menu-tools' }, exportGallery, showReport, exportCsv, exportFile, print),
      h('p', {}, h('label', {}, t('meeting.import'), h('br'), file), ' ', clear),
    ),
    status,
    view,
  );
}

/** Which activities are for mầm non only (every band a preschool one): the library's entries, else the activity itself. */
async function earlyOf(ctx: TeacherContext, statements: readonly Statement[]): Promise<(id: string) => boolean> {
  const bands = new Map<string, readonly Band[]>(ctx.entries.flatMap((e) => (e.id ? [[e.id, e.bands] as const] : [])));
  const ids = new Set(statements.map((s) => s.context.contextActivities.parent?.[0]?.id.replace(/^urn:lopvui:activity:/, '') ?? ''));
  for (const id of ids) {
    if (!id || bands.has(id)) continue;
    const a = await ctx.loadActivity(id);
    if (a) bands.set(id, bandsOf(a));
  }
  return (id) => earlyYearsOnly(bands.get(id) ?? []);
}

/** The report as the teacher reads and prints it: a table per activity, in its stage's words. */
function drawReport(view: HTMLElement, ctx: TeacherContext, title: string, classes: string, activities: readonly ActivityTally[], words: ReportWords): void {
  const t = ctx.i18n.t;
  const parts: HTMLElement[] = [h('h2', {}, t('meeting.reportTitle', { title })), h('p', { 'data-classes': '' }, classes), h('p', {}, t('meeting.noNames'))];
  if (activities.length === 0) parts.push(h('p', {}, t('meeting.empty')));
  for (const a of activities) {
    const w = a.early ? words.early : words.primary;
    const head = h('tr', {}, ...[words.question, w.children, w.firstTry, w.afterHelp, w.shown, w.wrong].map((x) => h('th', { scope: 'col' }, x)));
    const body = h('tbody');
    for (const i of a.items) {
      const [first, help, shown] = endings(i, a.early);
      body.append(h('tr', {}, h('td', {}, `${i.item}. ${textIn(i.prompt, ctx.lang)}`), h('td', {}, String(i.children)), h('td', {}, first), h('td', {}, help), h('td', {}, shown), h('td', {}, wrongText(i, ctx.lang, w))));
    }
    parts.push(h('h3', {}, textIn(a.title, ctx.lang)), h('table', { class: 'grid report-table', 'data-activity': a.id, 'data-early': a.early ? 'true' : undefined }, h('thead', {}, head), body));
  }
  view.replaceChildren(...parts);
}
