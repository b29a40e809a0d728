import { cpSync, createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.ogg': 'audio/ogg',
  '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json', '.json': 'application/json', '.md': 'text/markdown',
};

export interface StaticServer {
  url: string;
  /** The folder served (a copy of dist/: a test may change it, as a new version would). */
  root: string;
  /** Stop serving, and cut the connections still open (as a server switched off). */
  close(): Promise<void>;
}

/**
 * A copy of the built player served by a plain static server under `prefix` (a school server's
 * sub-folder, a USB stick copy): nothing of Vite's, only the `Vary: Origin` a server with CORS on sends
 * (Vite's preview, Express's cors), which the service worker's routes must not trip on (sw-routes.js).
 */
export async function serveDist(prefix: string): Promise<StaticServer> {
  const root = mkdtempSync(path.join(tmpdir(), 'lopvui-dist-'));
  cpSync(path.resolve(import.meta.dirname, '../../dist'), root, { recursive: true });
  return serve(root, prefix, { Vary: 'Origin' });
}

/**
 * A folder served as it is (a shared library on another machine of the school network), from
 * another origin than the player's: it sends Access-Control-Allow-Origin, as any static server
 * must for a page elsewhere to read it (e.g. `npx http-server --cors`), and Content-Length.
 */
export function serveFolder(root: string, prefix = '/'): Promise<StaticServer> {
  return serve(root, prefix, { 'Access-Control-Allow-Origin': '*' });
}

async function serve(root: string, prefix: string, headers: Record<string, string>): Promise<StaticServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(prefix)) return void res.writeHead(404, headers).end();
    let file = path.join(root, pathname.slice(prefix.length));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) return void res.writeHead(404, headers).end();
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': String(statSync(file).size), 'Cache-Control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  server.on('connection', (s) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    root,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
