import { activityIdOf } from '../evidence/rollup.ts';
import { IRI, VERBS, type Statement } from '../evidence/xapi.ts';
import type { Lang } from '../activity/lang.ts';
import { drawingSvg } from '../trace/judge.ts';
import { textIn, textsOf, type Texts } from './answer-label.ts';

/** One child's product (a traced letter) as the gallery shows it. */
export interface Product {
  /** Its path in the gallery's folder: `products/001-to-chu-so-2.svg` (never a name or a learner id). */
  file: string;
  svg: string;
  /** When it was made (the statement's timestamp). */
  at: string;
  activity: Texts;
  prompt: Texts;
  /** The child's name: only when the teacher asked for names. */
  name?: string;
}

// The one shape the player writes (trace/judge.ts): drawingSvg of no strokes, split where the path's points go.
const [BEFORE = '', AFTER = ''] = drawingSvg([]).split('d=""');
const POINTS = /^[ML0-9. -]*$/;

/**
 * A product as kept with the evidence, when it is exactly the drawing the player writes (one
 * path of numbers): a backup from elsewhere could hold any SVG, and a gallery file opened on its
 * own must run nothing. Anything else is left out.
 */
export function safeProductSvg(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > 200_000) return undefined;
  const head = `${BEFORE}d="`;
  const tail = `"${AFTER}`;
  if (!raw.startsWith(head) || !raw.endsWith(tail)) return undefined;
  return POINTS.test(raw.slice(head.length, raw.length - tail.length)) ? raw : undefined;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9-]+/g, '-').slice(0, 60);

/**
 * The products of an activity or a lesson (its activities, in order), oldest first within each
 * question. `names` only when the teacher ticked "show names": learner id → name.
 */
export function galleryProducts(statements: Iterable<Statement>, activityIds: readonly string[], names?: ReadonlyMap<string, string>): { products: Product[]; refused: number } {
  const order = new Map([...new Set(activityIds)].map((id, i) => [id, i]));
  const found: { s: Statement; activity: string; item: number; svg: string }[] = [];
  let refused = 0;
  for (const s of statements) {
    const raw = s.result?.extensions?.[IRI.ext.product];
    if (s.verb.id !== VERBS.answered.id || raw === undefined) continue;
    const activity = activityIdOf(s.object.id);
    if (!order.has(activity)) continue;
    const svg = safeProductSvg(raw);
    if (!svg) {
      refused += 1;
      continue;
    }
    found.push({ s, activity, item: Number(/:item:(\d+)$/.exec(s.object.id)?.[1] ?? 0), svg });
  }
  found.sort((a, b) => order.get(a.activity)! - order.get(b.activity)! || a.item - b.item || (a.s.timestamp < b.s.timestamp ? -1 : a.s.timestamp > b.s.timestamp ? 1 : 0));
  const products = found.map(({ s, activity, item, svg }, k): Product => {
    const name = names?.get(s.actor.account.name);
    return {
      file: `products/${String(k + 1).padStart(3, '0')}-${slug(activity)}-${item}.svg`,
      svg,
      at: s.timestamp,
      activity: textsOf(s.context.contextActivities.parent?.[0]?.definition?.name),
      prompt: textsOf(s.object.definition?.name),
      ...(name !== undefined && { name }),
    };
  });
  return { products, refused };
}

export interface GalleryPage {
  lang: Lang;
  title: string;
  /** A line under the title: how many products, when exported. */
  subtitle: string;
  products: readonly Product[];
  /** The date a person reads, from an ISO timestamp. */
  date(iso: string): string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A4, a grid of four, no card cut by a page break; the same on a screen. */
const STYLE = `@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
body { font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #222; margin: 0 auto; max-width: 186mm; }
@media screen { body { padding: 8mm; } }
h1 { font-size: 18pt; margin: 0 0 2mm; }
.meta { color: #555; margin: 0 0 6mm; }
.grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: 4mm; }
figure { margin: 0; border: 0.3mm solid #bbb; border-radius: 2mm; padding: 2mm; break-inside: avoid; page-break-inside: avoid; }
figure img { display: block; width: 100%; height: auto; aspect-ratio: 1; background: #fff; }
figcaption { font-size: 9pt; line-height: 1.35; margin-top: 1mm; }
.prompt { font-weight: 700; }
.name { font-style: italic; }`;

/**
 * The gallery as one static HTML page that reads its pictures from `products/` beside it: no
 * script, no network, prints well. Every text is escaped.
 */
export function galleryHtml(page: GalleryPage): string {
  const e = escapeHtml;
  const cards = page.products.map((p) => {
    const prompt = textIn(p.prompt, page.lang);
    const lines = [`<span class="prompt">${e(prompt)}</span>`, `<span class="activity">${e(textIn(p.activity, page.lang))}</span>`, `<time datetime="${e(p.at)}">${e(page.date(p.at))}</time>`];
    if (p.name !== undefined) lines.push(`<span class="name">${e(p.name)}</span>`);
    return `<figure><img src="${e(p.file)}" alt="${e(prompt)}" width="160" height="160"><figcaption>${lines.join('<br>')}</figcaption></figure>`;
  });
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'; base-uri 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(page.title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<h1>${e(page.title)}</h1>
<p class="meta">${e(page.subtitle)}</p>
<main class="grid">
${cards.join('\n')}
</main>
</body>
</html>
`;
}
