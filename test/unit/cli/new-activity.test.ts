import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFile, type LibraryRoots } from '../../../src/build/library.ts';
import { KINDS } from '../../../src/model/activity/schema.ts';
import { templateText } from '../../../src/model/activity/templates.ts';

const project = path.resolve(import.meta.dirname, '../../..');

describe('npm run new', () => {
  it('writes, for every kind, a file that validates with no error and no warning, pictures included', () => {
    const levels = mkdtempSync(path.join(tmpdir(), 'lopvui-new-'));
    const roots: LibraryRoots = { root: levels, levels, public: path.join(project, 'public') };
    for (const kind of KINDS) {
      const file = path.join(levels, `${kind}.json`);
      writeFileSync(file, templateText(kind, `thu-${kind}`, '../schema/activity.schema.json'));
      const result = validateFile(roots, file);
      expect(result.issues, kind).toEqual([]);
      expect(result.activity?.kind).toBe(kind);
    }
  });

  // Two runs of the real command (tsx starting up): seconds on a busy machine.
  it('names the id after the file, points $schema at the schema from its folder, and never overwrites', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lopvui-new-'));
    const file = path.join(dir, 'Đếm Vịt Con.json');
    const run = () => execFileSync('npx', ['tsx', 'src/cli/new-activity.ts', 'count', file], { cwd: project, encoding: 'utf8', stdio: 'pipe' });
    expect(run()).toContain('dem-vit-con');
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written).toMatchObject({ id: 'dem-vit-con', kind: 'count' });
    expect(path.resolve(dir, written.$schema)).toBe(path.join(project, 'levels/schema/activity.schema.json'));
    writeFileSync(file, '{"mine": true}');
    expect(run).toThrow();
    expect(readFileSync(file, 'utf8')).toBe('{"mine": true}');
  });
});
