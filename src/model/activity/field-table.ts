import type { Lang } from './lang.ts';

/**
 * The guide's table of a kind's fields (docs/authoring*.md, between `<!-- fields:KIND -->`
 * markers), made from the kind's JSON Schema, itself made from the zod source: the field, its
 * default, its limits (how many, how large, which values) and what it is, in the guide's
 * language. `npm run schema` writes them; a test fails when the guide differs, so a limit
 * changed in one place only cannot pass.
 */
type Node = Record<string, unknown>;
export interface FieldRow {
  field: string;
  default: string;
  limits: string;
  what: string;
}

const asNode = (v: unknown): Node => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {});
const branches = (n: Node): Node[] => [...((n.anyOf as Node[] | undefined) ?? []), ...((n.oneOf as Node[] | undefined) ?? [])];

/** A text or media field: a string, or { vi, en }. Shown as one field. */
function isLocalized(n: Node): boolean {
  const b = branches(n);
  return b.length === 2 && b.some((x) => x.type === 'string') && b.some((x) => x.type === 'object' && Object.keys(asNode(x.properties)).every((k) => k === 'vi' || k === 'en'));
}

/** The objects a node may be (a union of objects merges their fields, first description winning). */
function objectsOf(n: Node): Node[] {
  if (n.type === 'object' && n.properties) return [n];
  return branches(n).flatMap(objectsOf);
}

const range = (min: unknown, lim: unknown) => {
  // zod writes a safe-integer bound for "any whole number": no limit to speak of.
  const max = typeof lim === 'number' && lim < Number.MAX_SAFE_INTEGER ? lim : undefined;
  if (typeof min === 'number' && typeof max === 'number') return min === max ? `${min}` : `${min}–${max}`;
  if (typeof max === 'number') return `≤ ${max}`;
  if (typeof min === 'number') return `≥ ${min}`;
  return '';
};

/** Limits as the guide writes them: a count of a list, a number's range, the values allowed. */
function limitsOf(n: Node): string {
  if (n.type === 'array') return range(n.minItems, n.maxItems);
  if (Array.isArray(n.enum)) return n.enum.map((v) => `\`${String(v)}\``).join(', ');
  if (n.const !== undefined) return `\`${String(n.const)}\``;
  if (n.type === 'number' || n.type === 'integer') return range(n.minimum ?? n.exclusiveMinimum, n.maximum);
  const b = branches(n);
  if (b.length && b.every((x) => x.const !== undefined)) return b.map((x) => `\`${String(x.const)}\``).join(', ');
  return '';
}

/** One value per language ({ "vi": …, "en": … }, or a plain one for both): one field. */
const perLanguage = (n: Node) => objectsOf(n).some((o) => Object.keys(asNode(o.properties)).every((k) => k === 'vi' || k === 'en'));

/** A cell { x, y } of a grid: one field, not two. */
const isCell = (n: Node) => n.type === 'object' && Object.keys(asNode(n.properties)).join() === 'x,y';

export function fieldRows(objectSchema: Node, translate: (en: string) => string, skip: ReadonlySet<string> = new Set()): FieldRow[] {
  const rows: FieldRow[] = [];
  const visit = (n: Node, prefix: string) => {
    const seen = new Set<string>();
    for (const o of objectsOf(n)) {
      for (const [key, raw] of Object.entries(asNode(o.properties))) {
        if ((!prefix && skip.has(key)) || seen.has(key)) continue;
        seen.add(key);
        const v = asNode(raw);
        const list = v.type === 'array';
        const field = `${prefix}${key}${list ? '[]' : ''}`;
        // A union of consts (words' "type") names its values once, with each one's description.
        const consts = branches(asNode(n)).flatMap((b) => objectsOf(b)).map((b) => asNode(asNode(b.properties)[key])).filter((x) => x.const !== undefined);
        const limits = consts.length > 1 ? consts.map((x) => `\`${String(x.const)}\``).join(', ') : limitsOf(v);
        const what = consts.length > 1 ? consts.map((x) => (typeof x.description === 'string' ? translate(x.description) : '')).filter(Boolean).join(' ') : typeof v.description === 'string' ? translate(v.description) : '';
        rows.push({ field: `\`${field}\``, default: v.default === undefined ? '' : `\`${JSON.stringify(v.default)}\``, limits, what });
        if (isLocalized(v) || isCell(v) || perLanguage(v)) continue;
        const inner = list ? asNode(v.items) : v;
        if (list && isCell(inner)) continue;
        if (objectsOf(inner).length) visit(inner, `${field}.`);
      }
    }
  };
  visit(objectSchema, '');
  return rows;
}

const HEAD: Record<Lang, string> = {
  en: '| field | default | limits | what it is |\n| --- | --- | --- | --- |',
  vi: '| trường | mặc định | giới hạn | là gì |\n| --- | --- | --- | --- |',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

export function fieldTable(rows: readonly FieldRow[], lang: Lang): string {
  return [HEAD[lang], ...rows.map((r) => `| ${cell(r.field)} | ${cell(r.default)} | ${cell(r.limits)} | ${cell(r.what)} |`)].join('\n');
}

/** The texts every text or media field shares say nothing about the field itself: the table says it shortly. */
const SHORT: Record<string, Record<Lang, string>> = {
  'A text: a plain string, or { "vi": "…", "en": "…" } for one text per language.': { en: 'a text (or { "vi": …, "en": … })', vi: 'chữ (hoặc { "vi": …, "en": … })' },
  'A media file, relative to this activity file or to public/: "images/cat.svg", or { "vi": "…", "en": "…" }.': {
    en: 'a picture or sound file, next to the activity or in public/',
    vi: 'tệp hình hoặc âm thanh, cạnh tệp hoạt động hoặc trong public/',
  },
};

/** What a field's description says in `lang`: the zod source's English, or its Vietnamese. */
export function describeIn(lang: Lang, vi: Readonly<Record<string, string>>): (en: string) => string {
  return (en) => SHORT[en]?.[lang] ?? (lang === 'vi' ? (vi[en] ?? en) : en);
}

const BLOCK = /(<!-- fields:([a-z]+) -->\n)[\s\S]*?(<!-- \/fields -->)/g;

/** The guide with each `<!-- fields:KIND -->` block holding that kind's table, as `tableOf` makes it. */
export function withFieldTables(markdown: string, tableOf: (kind: string) => string | undefined): string {
  return markdown.replace(BLOCK, (whole, open: string, kind: string, close: string) => {
    const table = tableOf(kind);
    return table === undefined ? whole : `${open}${table}\n${close}`;
  });
}

/** The kinds whose tables a guide holds, in order. */
export const tablesIn = (markdown: string): string[] => [...markdown.matchAll(BLOCK)].map((m) => m[2] ?? '');
