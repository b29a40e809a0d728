import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

describe('npm run build', () => {
  it('fails on an invalid level, naming file:line:column and the field', async () => {
    const levels = mkdtempSync(path.join(tmpdir(), 'lopvui-build-'));
    // Out of dist/: the service worker plugin writes its files even when the build writes nothing (Workbox's
    // development build, as vitest runs with NODE_ENV=test), and npm test builds dist/ for the browser tests meanwhile.
    const outDir = mkdtempSync(path.join(tmpdir(), 'lopvui-out-'));
    cpSync('levels', levels, { recursive: true });
    writeFileSync(path.join(levels, 'hong.json'), '{\n  "id": "hong",\n  "kind": "choice",\n  "title": 3\n}\n');
    process.env.LOPVUI_LEVELS = levels;
    process.env.LOPVUI_LANG = 'en';
    try {
      await expect(build({ root: process.cwd(), logLevel: 'silent', build: { write: false, outDir, emptyOutDir: true } })).rejects.toThrow(/hong\.json:4:12 {2}title {2}expected a text, or/);
    } finally {
      delete process.env.LOPVUI_LEVELS;
      delete process.env.LOPVUI_LANG;
      rmSync(levels, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
