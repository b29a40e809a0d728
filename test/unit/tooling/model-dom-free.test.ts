import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * src/model is type-checked without the DOM (tsconfig.model.json, part of npm run typecheck).
 * A file planted in a temporary folder, checked with that configuration, must fail on `window`
 * and pass without it.
 */
const root = process.cwd();
const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
const tmp = mkdtempSync(path.join(tmpdir(), 'lopvui-model-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function check(source: string): { ok: boolean; out: string } {
  writeFileSync(path.join(tmp, 'planted.ts'), source);
  const config = { extends: path.join(root, 'tsconfig.model.json'), include: [path.join(tmp, 'planted.ts'), path.join(root, 'src/model/platform.d.ts')] };
  writeFileSync(path.join(tmp, 'tsconfig.json'), JSON.stringify(config));
  const r = spawnSync(tsc, ['--noEmit', '-p', path.join(tmp, 'tsconfig.json')], { encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

// Each test runs tsc in a process of its own: seconds on a busy machine, not a budget.
describe('the model compiles without the DOM', { timeout: 30_000 }, () => {
  it('fails on a use of window or document', () => {
    const r = check('export const width = () => window.innerWidth + document.title.length;\n');
    expect(r.ok).toBe(false);
    expect(r.out).toMatch(/Cannot find name 'window'/);
  });

  it('passes the same file in plain TypeScript', () => {
    expect(check('export const width = (w: number) => Math.max(0, w);\n')).toMatchObject({ ok: true });
  });
});
