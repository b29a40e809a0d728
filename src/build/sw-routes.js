// Imported by the service worker before Workbox's own code (src/build/offline.ts: workbox.importScripts).
//
// The build's files under assets/ have their content's hash in their names: one never changes. A page asks
// for them (the code, the fonts, the first pictures) from the precache itself, through the browser's static
// routes, not through this worker's fetch handler: on a second visit a slow tablet draws the first item about
// 100 ms sooner (issue 17). One not in the precache comes from the network, as Workbox sends it there too.
// A browser without static routes (InstallEvent.addRoutes) is served by Workbox's fetch handler, as before.
self.addEventListener('install', (event) => {
  if (typeof event.addRoutes !== 'function' || typeof URLPattern !== 'function') return;
  const assets = new URLPattern({ pathname: `${new URL('assets/', self.registration.scope).pathname}*` });
  event.waitUntil(event.addRoutes([{ condition: { urlPattern: assets }, source: 'cache' }]).catch(() => undefined));
});

// A static route finds a cached answer only as Cache.match does, Vary and all: one kept with "Vary: Origin" (a
// server with CORS on: Vite's preview) never matched a page's module or font request (they carry an Origin, the
// request Workbox stored did not), which the route then sent to the network: nothing loaded offline. The hashed
// files are the same for every origin: once Workbox has stored them (install), their answers are kept without Vary.
self.addEventListener('activate', (event) => {
  event.waitUntil(withoutVary());
});

async function withoutVary() {
  // Workbox's precache (workbox-core cacheNames); the older ones its own activate handler is deleting meanwhile.
  const name = `workbox-precache-v2-${self.registration.scope}`;
  if (await caches.has(name)) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      if (!response?.headers.has('Vary')) continue;
      const headers = new Headers(response.headers);
      headers.delete('Vary');
      await cache.put(request, new Response(response.body, { status: response.status, statusText: response.statusText, headers }));
    }
  }
}
