import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const SOURCE = readFileSync('src/build/sw-routes.js', 'utf8');
const SCOPE = 'https://truong.example/lop-vui/';
const PRECACHE = `workbox-precache-v2-${SCOPE}`;

/** A Cache as the worker sees it: answers by URL (enough here: one answer per file). */
class FakeCache {
  readonly entries = new Map<string, Response>();
  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
  async match(request: Request) {
    return this.entries.get(request.url)?.clone();
  }
  async put(request: Request, response: Response) {
    this.entries.set(request.url, response);
  }
}

/** The worker's global: its listeners, its caches, and a browser with or without static routes. */
function worker(opts: { routes: boolean }) {
  const listeners: Record<string, (event: unknown) => void> = {};
  const stores = new Map<string, FakeCache>([[PRECACHE, new FakeCache()], ['lopvui-other', new FakeCache()]]);
  const self = {
    registration: { scope: SCOPE },
    addEventListener: (type: string, fn: (event: unknown) => void) => (listeners[type] = fn),
  };
  const context = {
    self,
    caches: { keys: async () => [...stores.keys()], has: async (n: string) => stores.has(n), open: async (n: string) => stores.get(n) },
    Headers,
    Response,
    URLPattern: opts.routes
      ? class {
          constructor(readonly init: { pathname: string }) {}
        }
      : undefined,
    URL,
  };
  vm.runInNewContext(SOURCE, context);
  /** Fires an event; resolves once what it waits for is done. Returns the routes it added. */
  const fire = async (type: string) => {
    const waits: Promise<unknown>[] = [];
    const added: unknown[] = [];
    listeners[type]?.({ waitUntil: (p: Promise<unknown>) => waits.push(p), ...(opts.routes ? { addRoutes: async (r: unknown[]) => void added.push(...r) } : {}) });
    await Promise.all(waits);
    return added;
  };
  return { fire, stores };
}

describe('sw-routes.js: the hashed files straight from the precache (issue 17)', () => {
  it('routes the files under assets/ of its scope to the cache, and nothing else', async () => {
    const added = await worker({ routes: true }).fire('install');
    expect(added).toEqual([{ condition: { urlPattern: { init: { pathname: '/lop-vui/assets/*' } } }, source: 'cache' }]);
  });

  it('adds no route where the browser has none (Workbox serves everything, as before)', async () => {
    expect(await worker({ routes: false }).fire('install')).toEqual([]);
  });

  it('keeps the precache answers without Vary once installed, their bodies and other headers whole; other caches untouched', async () => {
    const w = worker({ routes: true });
    const precache = w.stores.get(PRECACHE)!;
    const other = w.stores.get('lopvui-other')!;
    await precache.put(new Request(`${SCOPE}assets/index-a1.js`), new Response('export {}', { headers: { 'Content-Type': 'text/javascript', Vary: 'Origin' } }));
    await precache.put(new Request(`${SCOPE}assets/nunito-b2.woff2`), new Response('font', { headers: { 'Content-Type': 'font/woff2' } }));
    await other.put(new Request(`${SCOPE}levels/x.json`), new Response('{}', { headers: { Vary: 'Accept-Encoding' } }));
    await w.fire('activate');
    const js = (await precache.match(new Request(`${SCOPE}assets/index-a1.js`)))!;
    expect(js.headers.has('Vary')).toBe(false);
    expect(js.headers.get('Content-Type')).toBe('text/javascript');
    expect(await js.text()).toBe('export {}');
    expect(await (await precache.match(new Request(`${SCOPE}assets/nunito-b2.woff2`)))!.text()).toBe('font');
    expect((await other.match(new Request(`${SCOPE}levels/x.json`)))!.headers.get('Vary')).toBe('Accept-Encoding');
  });
});
