import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { parseHTML } from 'linkedom';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { firstItemFiles, firstMenuHtml, firstMenuPlugin } from '../../../src/build/first-menu.ts';
import { catalogEntry, defaultRoots, validateLibrary } from '../../../src/build/library.ts';
import { createI18n } from '../../../src/i18n/index.ts';
import { isMenuAddress } from '../../../src/app/router.ts';
import { sameMenuKey } from '../../../src/ui/menu.ts';

const files = validateLibrary(defaultRoots(process.cwd()));
const entries = files.filter((f) => !f.lesson).map(catalogEntry);
const lessons = files.flatMap((f) => (f.lesson ? [f.lesson] : []));
const menu = () => parseHTML(`<!doctype html><html><body>${firstMenuHtml(entries, lessons)}</body></html>`).document;

describe('the menu the build writes into index.html (issue 17: tappable before any code runs)', () => {
  it('is the menu the player draws on the defaults, so the player keeps it', () => {
    const main = menu().getElementById('menu');
    expect(main?.hasAttribute('data-prerendered')).toBe(true);
    expect(main?.getAttribute('data-menu')).toBe(sameMenuKey({ i18n: createI18n('vi'), band: 'all', muted: false, entries, lessons }));
    expect(main?.querySelector('h1')?.textContent).toBe('Lớp Vui');
  });

  it('has a tile for every activity and lesson, each a link to its address', () => {
    const doc = menu();
    for (const e of entries) if (e.id) expect(doc.querySelector(`a.tile[data-activity="${e.id}"]`)?.getAttribute('href'), e.id).toBe(`#/play/${encodeURIComponent(e.id)}`);
    for (const l of lessons) expect(doc.querySelector(`a.tile[data-lesson="${l.id}"]`)?.getAttribute('href'), l.id).toBe(`#/lesson/${encodeURIComponent(l.id)}`);
    expect(doc.querySelectorAll('a.tile').length).toBe(entries.filter((e) => e.id).length + lessons.length);
  });

  it('names what every other control does, for the one listener the player adds', () => {
    const doc = menu();
    const actions = [...doc.querySelectorAll('#menu button')].map((b) => `${b.getAttribute('data-action')}:${b.getAttribute('data-value') ?? ''}`);
    expect(actions).toEqual(expect.arrayContaining(['who:', 'mute:', 'teacher:', 'lang:vi', 'lang:en', 'band:all']));
    expect(actions.every((a) => !a.startsWith('null'))).toBe(true);
  });

  it('goes into index.html with its head script allowed by its hash, and an entry that does not hold the page back', () => {
    const html = `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" /><title>Lớp Vui</title>
<script type="module" crossorigin src="./assets/index-abc.js"></script></head><body><main id="menu" aria-labelledby="app-title"></main></body></html>`;
    const plugin = firstMenuPlugin({ library: () => files, roots: () => defaultRoots(process.cwd()) }, { rasters: () => ({}) }) as Plugin & { transformIndexHtml: { handler: (h: string) => string } };
    const out = plugin.transformIndexHtml.handler(html);
    const [script, place] = [...out.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(script).toBe(readFileSync('src/build/first-screen.js', 'utf8'));
    expect(place).toBe(readFileSync('src/build/first-menu-place.js', 'utf8'));
    const sha = (s = '') => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(out).toContain(`script-src 'self' ${sha(script)} ${sha(place)}`);
    // Deferred, not async: it runs once the page is parsed, ahead of the page's other queued work.
    expect(out).toContain('<script type="module" crossorigin src="./assets/index-abc.js">');
    // The menu as text in a data block (one token for the parser), after the empty menu it replaces, and
    // before the script that makes it.
    const { document } = parseHTML(out);
    expect(document.getElementById('menu')?.childElementCount).toBe(0);
    const text = document.getElementById('first-menu');
    expect(text?.getAttribute('type')).toBe('text/html');
    expect(text?.textContent).toBe(firstMenuHtml(entries, lessons));
    expect(out.indexOf('<main id="menu"')).toBeLessThan(out.indexOf('id="first-menu"'));
    expect(out.indexOf('id="first-menu"')).toBeLessThan(out.indexOf(place ?? ''));
    expect(() => plugin.transformIndexHtml.handler('<html><body></body></html>')).toThrow(/menu/);
  });

  it('is made only where first-screen.js left it the page, and its text goes either way', () => {
    const place = (later: boolean) => {
      const { document } = parseHTML(
        `<!doctype html><html class="${later ? 'menu-later' : 'menu-first'}"><body><main id="menu"></main><script type="text/html" id="first-menu"><main id="menu" data-prerendered><a class="tile" href="#/play/x">x</a></main></script></body></html>`,
      );
      vm.runInNewContext(readFileSync('src/build/first-menu-place.js', 'utf8'), { document });
      return document;
    };
    const shown = place(false);
    expect(shown.getElementById('menu')?.hasAttribute('data-prerendered')).toBe(true);
    expect(shown.querySelectorAll('a.tile')).toHaveLength(1);
    expect(shown.getElementById('first-menu')).toBeNull();
    const later = place(true);
    expect(later.getElementById('menu')?.hasAttribute('data-prerendered')).toBe(false);
    expect(later.querySelectorAll('a.tile')).toHaveLength(0);
    expect(later.getElementById('first-menu')).toBeNull();
  });
});

describe('first-screen.js: the build menu is hidden where it is not the page', () => {
  const run = (hash: string, stored: Record<string, string> = {}) => {
    const classes = new Set<string>();
    const later: (() => void)[] = [];
    const keydown: ((e: unknown) => void)[] = [];
    const click: ((e: unknown) => void)[] = [];
    const attributes = new Map<string, string>();
    const context = {
      location: { hash },
      localStorage: { getItem: (k: string) => stored[k] ?? null },
      document: {
        documentElement: {
          classList: { add: (c: string) => classes.add(c), remove: (c: string) => classes.delete(c) },
          hasAttribute: (name: string) => attributes.has(name),
          getAttribute: (name: string) => attributes.get(name) ?? null,
          setAttribute: (name: string, value: string) => attributes.set(name, value),
        },
        addEventListener: (type: string, f: (e: unknown) => void) => (type === 'keydown' ? keydown : type === 'click' ? click : []).push(f),
      },
      setTimeout: (f: () => void) => later.push(f),
    };
    vm.runInNewContext(readFileSync('src/build/first-screen.js', 'utf8'), context);
    return { classes, later, keydown, click, attributes };
  };
  const hidden = (hash: string, stored: Record<string, string> = {}) => run(hash, stored).classes.has('menu-later');

  it('shows its first section first, and the rest at the latest three seconds on', () => {
    const shown = run('');
    expect([...shown.classes]).toEqual(['menu-first']);
    for (const f of shown.later) f();
    expect(shown.classes.size).toBe(0);
    expect([...run('#/play/x').classes]).toEqual(['menu-later']);
  });

  it('presses a tile on Space before any other code runs, and stands aside once the menu answers it', () => {
    const { keydown } = run('');
    expect(keydown).toHaveLength(1);
    const press = (key: string, tile: boolean, defaultPrevented = false) => {
      let clicks = 0;
      let prevented = defaultPrevented;
      const target = { matches: (s: string) => tile && s === 'a.tile', click: () => clicks++ };
      keydown[0]?.({ key, target, defaultPrevented, preventDefault: () => (prevented = true) });
      return { clicks, prevented };
    };
    expect(press(' ', true)).toEqual({ clicks: 1, prevented: true });
    expect(press('Enter', true).clicks).toBe(0); // a link follows Enter itself
    expect(press(' ', false).clicks).toBe(0);
    expect(press(' ', true, true).clicks).toBe(0); // the player's menu answered it
    expect(run('#/play/x').keydown).toHaveLength(0);
  });

  it('counts M pressed before the entry runs, until the entry holds the keys itself', () => {
    const { keydown, attributes } = run('');
    const press = (key: string, ctrlKey = false) => keydown[0]?.({ key, ctrlKey, target: {}, defaultPrevented: false });
    press('m');
    press('M');
    press('m', true); // Ctrl+M is the browser's, not the sound
    press('x');
    expect(attributes.get('data-early-m')).toBe('2');
    attributes.set('data-keys-held', ''); // early-input.ts holdPresses: from here on it counts them
    press('m');
    expect(attributes.get('data-early-m')).toBe('2');
  });

  it("marks a lesson's tile tapped on the build's menu, for the player to start it afresh if it was finished", () => {
    const { click } = run('');
    const tap = (selector: string) => {
      const marks: string[] = [];
      const tile = { setAttribute: (name: string) => marks.push(name) };
      click[0]?.({ target: { closest: (s: string) => (s === selector ? tile : null) } });
      return marks;
    };
    expect(tap('#menu[data-prerendered] a[data-action="lesson"]')).toEqual(['data-tapped']);
    expect(tap('#menu a[data-action="lesson"]')).toEqual([]); // the player's menu: its own listener
    expect(run('#/play/x').click).toHaveLength(0);
  });

  it('shows it on the menu of a device on the defaults', () => {
    expect(hidden('')).toBe(false);
    expect(hidden('#/')).toBe(false);
    expect(hidden('#/anything', { 'lopvui.lang': 'vi', 'lopvui.band': 'all', 'lopvui.muted': '0' })).toBe(false);
  });

  it('decides as the router does which address is the menu (its twin, in the head, cannot import it)', () => {
    for (const h of ['', '#/', '#/menu', '#/play/l1-cong-trong-10', '#/lesson/l2-tiet-toan', '#/lesson/l2-tiet-toan/2', '#/teacher', '#/teacher/settings'])
      expect(hidden(h), h).toBe(!isMenuAddress(h, lessons));
  });

  it('hides it on an activity, a lesson and the teacher area', () => {
    for (const h of ['#/play/l1-cong-trong-10', '#/lesson/l2-tiet-toan', '#/lesson/l2-tiet-toan/2', '#/teacher', '#/teacher/settings']) expect(hidden(h), h).toBe(true);
  });

  it('hides it on a device with a language, a band, silence or preferences of its own', () => {
    expect(hidden('', { 'lopvui.lang': 'en' })).toBe(true);
    expect(hidden('', { 'lopvui.band': 'lop-1' })).toBe(true);
    expect(hidden('', { 'lopvui.muted': '1' })).toBe(true);
    expect(hidden('', { 'lopvui.prefs': '{"mode":"projector"}' })).toBe(true);
  });

  it('shows it when storage is off (the player then reads the defaults too)', () => {
    const context = {
      location: { hash: '' },
      get localStorage(): never {
        throw new Error('SecurityError');
      },
      document: { documentElement: { classList: { add: (c: string) => added.push(c) } }, addEventListener: () => undefined },
      setTimeout: () => undefined,
    };
    const added: string[] = [];
    vm.runInNewContext(readFileSync('src/build/first-screen.js', 'utf8'), context);
    expect(added).toEqual(['menu-first']);
  });
});

describe('first-screen.js: the first item drawn before the engine is fetched as the page opens (issue 17)', () => {
  /** What the head script begins on an address: the links it adds and, after them, the pictures it decodes (`decode <src>`). */
  const links = (hash: string, prefs: string | null = null) => {
    const made: Record<string, string>[] = [];
    // An <img> as the page makes one: its src made absolute, decode() a promise of it drawn.
    class Image {
      private url = '';
      set src(v: string) {
        this.url = new URL(v, 'http://tablet/').href;
      }
      get src() {
        return this.url;
      }
      decode() {
        return Promise.resolve();
      }
    }
    const context: Record<string, unknown> = {
      Image,
      location: { hash },
      localStorage: { getItem: (k: string) => (k === 'lopvui.prefs' ? prefs : null) },
      document: {
        documentElement: { classList: { add: () => undefined, remove: () => undefined } },
        addEventListener: () => undefined,
        createElement: () => ({}),
        head: { appendChild: (l: Record<string, string>) => made.push({ ...l }) },
      },
      setTimeout: () => undefined,
    };
    const map = {
      'l1-cong-trong-10': ['./assets/l1-cong-trong-10-b.js', './assets/lang-e.js', './images/math/apples-3.svg'],
      'l1-png': ['./assets/l1-png-c.js', './assets/apples-3-0123abcd.png'],
    };
    context.window = context;
    vm.runInNewContext(readFileSync('src/build/first-screen.js', 'utf8').replace('/*FIRST_ITEMS*/{}', `/*FIRST_ITEMS*/${JSON.stringify(map)}`), context);
    const decoding = (context.__lopvuiPictures ?? {}) as Record<string, Promise<Image>>;
    return [...made, ...Object.keys(decoding).map((src) => ({ decode: src }))];
  };

  it('the activity as modules, its picture as the engine reads it; only on its own address', () => {
    expect(links('#/play/l1-cong-trong-10')).toEqual([
      { href: './assets/l1-cong-trong-10-b.js', rel: 'modulepreload' },
      { href: './assets/lang-e.js', rel: 'modulepreload' },
      { href: './images/math/apples-3.svg', rel: 'preload', as: 'fetch', crossOrigin: 'anonymous' },
    ]);
    // The build's PNG of a picture: decoded at once, for the first drawing to have it (first-item.ts takes it by its address).
    expect(links('#/play/l1-png')).toEqual([{ href: './assets/l1-png-c.js', rel: 'modulepreload' }, { decode: 'http://tablet/assets/apples-3-0123abcd.png' }]);
    expect(links('#/play/mn-dem-tao')).toEqual([]);
    expect(links('#/play/l1-cong-trong-10', '{"mode":"projector"}')).toEqual([]);
    expect(links('#/play/l1-cong-trong-10', '{"mode":"tablet"}')).toHaveLength(3);
    expect(links('#/lesson/l1-cong-trong-10')).toEqual([]);
    expect(links('')).toEqual([]);
  });

  it("the build lists the activity's chunk with the chunks it imports and its picture, and nothing index.html preloads already (the entry, the first item's code)", () => {
    const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = [], isEntry = false) => ({ type: 'chunk', fileName, facadeModuleId, imports, isEntry });
    const bundle = Object.fromEntries(
      [
        chunk('assets/index-g.js', '/p/src/start.ts', ['assets/start-h.js'], true),
        // The first item's code is in the entry's chunk of first-screen parts (vite.config.ts).
        chunk('assets/start-h.js', null),
        chunk('assets/l1-cong-trong-10-b.js', '\0virtual:lopvui/activity/l1-cong-trong-10', ['assets/lang-e.js', 'assets/start-h.js']),
        chunk('assets/lang-e.js', null, ['assets/terms-i.js']),
        chunk('assets/terms-i.js', null),
        chunk('assets/game-f.js', '/p/src/engine/game.ts', ['assets/lang-e.js']),
      ].map((c) => [c.fileName, c]),
    );
    const out = firstItemFiles(bundle as never, files);
    expect(Object.keys(out)).toEqual(['l1-cong-trong-10']);
    expect(out['l1-cong-trong-10']).toEqual(['./assets/l1-cong-trong-10-b.js', './assets/lang-e.js', './assets/terms-i.js', './images/math/apples-3.svg']);
    // Where the build drew the picture as a PNG (first-pictures.ts), that is fetched instead.
    expect(firstItemFiles(bundle as never, files, { 'images/math/apples-3.svg': 'assets/apples-3-0123abcd.png' })['l1-cong-trong-10']?.at(-1)).toBe('./assets/apples-3-0123abcd.png');
  });

  it("the first section's icons are the build's PNGs where it made some, and only that section's", () => {
    const before = menu();
    const first = [...(before.querySelector('#menu > .subject')?.querySelectorAll('img') ?? [])].map((i) => i.getAttribute('src') ?? '');
    expect(first.length).toBeGreaterThan(0);
    const rasters = Object.fromEntries(first.map((src, i) => [src, `assets/icon-${i}.png`]));
    // The same SVG elsewhere in the menu (a later section) stays as it is: only the first section is shown first.
    const doc = parseHTML(`<!doctype html><html><body>${firstMenuHtml(entries, lessons, rasters)}</body></html>`).document;
    const sections = [...doc.querySelectorAll('#menu > .subject')];
    expect([...(sections[0]?.querySelectorAll('img') ?? [])].map((i) => i.getAttribute('src'))).toEqual(first.map((_, i) => `assets/icon-${i}.png`));
    const later = sections.slice(1).flatMap((s) => [...s.querySelectorAll('img')].map((i) => i.getAttribute('src') ?? ''));
    expect(later.some((src) => src.endsWith('.png') && src.startsWith('assets/icon-'))).toBe(false);
  });
});
