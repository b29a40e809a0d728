import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { playsFirstItemEarly } from '../app/first-item/which.ts';
import { LANGS, pick } from '../model/activity/lang.ts';
import { createI18n } from '../i18n/index.ts';
import type { CatalogEntry } from '../model/activity/catalog-entry.ts';
import type { Lesson } from '../model/lesson/lesson-schema.ts';
import { learnerFace } from '../ui/learner-picker.ts';
import { renderMenu } from '../ui/menu.ts';
import { cspHash } from './csp.ts';
import { isSvg, type FirstPicturesApi, type Rasters } from './first-pictures.ts';
import { catalogEntry, type LibraryFile } from './library.ts';
import type { LevelsApi } from './levels-plugin.ts';

const EMPTY_MENU = /<main id="menu"[^>]*><\/main>/;
const SCRIPT_SRC = /script-src 'self'/;
// The entry stays a plain module script: deferred, it runs as soon as the page is parsed (start.ts and the first
// item count on the parsed page). Not async: Chromium ran an async one's task behind the page's first frames and
// other queued work, and the first item was drawn 60-120 ms later at CPU 4x (issue 17: two paired runs).
const ENTRY = /<script type="module" (?=crossorigin src="[^"]*assets\/index-)/;
/** Hides the build's menu where it is not the page's: inline, before the page is drawn, allowed by its hash. */
const FIRST_SCREEN = readFileSync(new URL('./first-screen.js', import.meta.url), 'utf8');
/** Makes the build's menu, written as text, where it is the page's: inline, right after the empty menu. */
const PLACE_MENU = readFileSync(new URL('./first-menu-place.js', import.meta.url), 'utf8');

/**
 * The menu written into index.html by the build, as the player draws it for a device on the
 * defaults (Vietnamese, every band, sound on, the whole class): a child's first tap on a tile is
 * answered before any code has run (its tile is a link), and the player keeps these tiles when it
 * shows the same menu (see renderMenu). It comes as text, made into elements only where it is the page
 * (first-menu-place.js) as first-screen.js decides in the head: on any other address or setting the player
 * draws that page itself (issue 17: the menu's first tap).
 */
export function firstMenuPlugin(levels: LevelsApi, pictures: FirstPicturesApi): Plugin {
  return {
    name: 'lopvui-first-menu',
    apply: 'build',
    // After Vite has written its own tags: the entry's script tag is among them.
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        if (!EMPTY_MENU.test(html) || !SCRIPT_SRC.test(html) || !ENTRY.test(html))
          throw new Error('index.html: the empty <main id="menu">, the CSP\'s script-src or the entry\'s module script the first menu needs is missing');
        const files = levels.library();
        const rasters = pictures.rasters();
        const menu = libraryMenuHtml(files, rasters);
        const script = FIRST_SCREEN.replace('/*FIRST_ITEMS*/{}', `/*FIRST_ITEMS*/${JSON.stringify(ctx?.bundle ? firstItemFiles(ctx.bundle, files, rasters) : {})}`);
        // Text in a data block (a script the browser does not run): the parser takes it as one token.
        if (/<\/script|<!--/i.test(menu)) throw new Error('the first menu holds "</script" or "<!--": it cannot be written into a data block');
        return (
          html
            .replace(SCRIPT_SRC, `script-src 'self' ${cspHash(script)} ${cspHash(PLACE_MENU)}`)
            .replace('</title>', `</title>\n    <script>${script}</script>`)
            .replace(EMPTY_MENU, (empty) => `${empty}\n    <script type="text/html" id="first-menu">${menu}</script>\n    <script>${PLACE_MENU}</script>`)
        );
      },
    },
  };
}

/**
 * What the first item drawn before the engine needs besides the entry, by activity (first-screen.js fetches it
 * as the page opens): the activity's chunk, with any chunk it imports that index.html does not preload already,
 * and the first question's picture in either language (the build's PNG of it where there is one). The item's
 * own code is the entry's (start.ts imports it: Vite's modulepreload links). Relative to index.html, as the build's base is.
 */
export function firstItemFiles(bundle: OutputBundle, files: LibraryFile[], rasters: Rasters = {}): Record<string, string[]> {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry);
  const preloaded = new Set<string>(entry ? [entry.fileName, ...entry.imports] : []);
  const out: Record<string, string[]> = {};
  for (const f of files) {
    const a = f.activity;
    if (!a || !playsFirstItemEarly(a)) continue;
    const needed: string[] = [];
    const add = (name: string) => {
      if (preloaded.has(name) || needed.includes(name)) return;
      needed.push(name);
      for (const i of byName.get(name)?.imports ?? []) add(i);
    };
    const chunk = chunks.find((c) => c.facadeModuleId === `\0virtual:lopvui/activity/${a.id}`);
    if (chunk) add(chunk.fileName);
    const image = a.items[0]?.image;
    const pictures = image === undefined ? [] : LANGS.map((l) => pick(image, l)).map((p) => rasters[p] ?? p);
    out[a.id] = [...needed.map((n) => `./${n}`), ...new Set(pictures.map((p) => `./${p}`))];
  }
  return out;
}

/** The library's menu (firstMenuHtml). */
function libraryMenuHtml(files: LibraryFile[], rasters: Rasters = {}): string {
  return firstMenuHtml(
    files.filter((f) => !f.lesson).map(catalogEntry),
    files.flatMap((f) => (f.lesson ? [f.lesson] : [])),
    rasters,
  );
}

/** The SVG icons of the library's menu's first section (the build draws them as PNGs: first-pictures.ts). */
export const firstSectionSvgs = (files: LibraryFile[]): string[] => firstSectionSvgsOf(libraryMenuHtml(files));

/** The SVG icons of a menu's first section, from its HTML. */
export function firstSectionSvgsOf(menuHtml: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${menuHtml}</body></html>`);
  return firstSectionImages(document.getElementById('menu') as unknown as HTMLElement)
    .map((i) => i.getAttribute('src') ?? '')
    .filter(isSvg);
}

/** The pictures of a menu's first section: the one first-screen.js shows first. */
const firstSectionImages = (menu: HTMLElement): Element[] => [...(menu.querySelector('.subject')?.querySelectorAll('img[src]') ?? [])];

/**
 * The menu's <main>, drawn by renderMenu on a document of its own (linkedom) with the defaults. The icons of its
 * first section, the one shown first (first-screen.js), are the build's PNGs of them where there are some.
 */
export function firstMenuHtml(entries: CatalogEntry[], lessons: Lesson[], rasters: Rasters = {}): string {
  const { document } = parseHTML('<!doctype html><html lang="vi"><body><main id="menu" aria-labelledby="app-title"></main></body></html>');
  const global = globalThis as { document?: unknown };
  const before = global.document;
  global.document = document; // the DOM builder (ui/dom.ts) and the icons make elements on `document`
  try {
    const root = document.getElementById('menu') as unknown as HTMLElement;
    const i18n = createI18n('vi');
    const none = () => undefined;
    renderMenu(root, {
      entries,
      lessons,
      i18n,
      band: 'all',
      muted: false,
      learner: learnerFace(undefined, i18n),
      onBand: none,
      onLang: none,
      onWho: none,
      onTeacher: none,
      onMute: none,
      onLesson: none,
    });
    for (const img of firstSectionImages(root)) {
      const png = rasters[img.getAttribute('src') ?? ''];
      if (png) img.setAttribute('src', png);
    }
    root.dataset.prerendered = '';
    return root.outerHTML;
  } finally {
    global.document = before;
  }
}
