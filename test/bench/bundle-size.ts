import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });

const gz = (p: string) => gzipSync(readFileSync(p), { level: 9 }).length;

/**
 * Sizes of a build: what the first page load fetches (index.html, the CSS and the JS it links
 * or modulepreloads), the fonts, and everything. The Phaser and audio chunks load after the menu.
 */
export function bundleSizes(dist: string): { firstLoadGzip: number; fontBytes: number; totalGzip: number } {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => path.join(dist, m[1]!));
  const all = files(dist);
  return {
    firstLoadGzip: gz(path.join(dist, 'index.html')) + linked.reduce((s, p) => s + gz(p), 0),
    fontBytes: all.filter((p) => p.endsWith('.woff2')).reduce((s, p) => s + statSync(p).size, 0),
    totalGzip: all.filter((p) => /\.(js|css|html|json|svg)$/.test(p)).reduce((s, p) => s + gz(p), 0),
  };
}
