import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

describe('npm run build', () => {
  it('fails on an invalid level, naming file:line:column and the field', async () => {
    const levels = mkdtempSync(path.join(tmpdir(), 'lopvui-build-'));
    cpSync('levels', levels, { recursive: true });
    writeFileSync(path.join(levels, 'hong.json'), '{\n  "id": "hong",\n  "kind": "choice",\n  "title": 3\n}\n');
    process.env.LOPVUI_LEVELS = levels;
    process.env.LOPVUI_LANG = 'en';
    try {
      await expect(build({ root: process.cwd(), logLevel: 'silent', build: { write: false } })).rejects.toThrow(/hong\.json:4:12 {2}title {2}expected a text, or/);
    } finally {
      delete process.env.LOPVUI_LEVELS;
      delete process.env.LOPVUI_LANG;
    }
  }, 60_000);
});
