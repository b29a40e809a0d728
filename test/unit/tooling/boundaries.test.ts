import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The layers' import rules are the linter's (biome.json, noRestrictedImports per folder). These
 * plant files in a copy of the house's layout, in a temporary folder, and run the real linter
 * with the real configuration on them: it must refuse a cross-layer import and accept the same
 * file without it.
 */
const root = process.cwd();
const biome = path.join(root, 'node_modules', '.bin', 'biome');
const tmp = mkdtempSync(path.join(tmpdir(), 'lopvui-lint-'));
copyFileSync(path.join(root, 'biome.json'), path.join(tmp, 'biome.json'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function lint(file: string, source: string): { ok: boolean; out: string } {
  const abs = path.join(tmp, file);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, source);
  const r = spawnSync(biome, ['lint', '--colors=off', file], { cwd: tmp, encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

// Each test runs Biome in a process of its own: not a budget.
describe('the linter keeps the layers apart', { timeout: 30_000 }, () => {
  it('refuses a view importing the app or the ui, by type or at run time', () => {
    const r = lint('src/engine/kinds/planted.ts', "import type { Settings } from '../../app/settings.ts';\nexport const live = () => import('../../ui/live.ts');\nexport type S = Settings;\n");
    expect(r.ok).toBe(false);
    expect(r.out).toContain('noRestrictedImports');
    expect(r.out).toContain('src/engine never imports src/ui');
  });

  it('refuses the model reaching out of src/model or into a library not on its list', () => {
    const up = lint('src/model/kinds/count/planted.ts', "import type { Twin } from '../../../contracts/twins.ts';\nexport type T = Twin;\n");
    expect(up.ok).toBe(false);
    expect(up.out).toContain('src/model imports only src/model');
    const lib = lint('src/model/planted-lib.ts', "import * as Phaser from 'phaser';\nexport const P = Phaser;\n");
    expect(lib.ok).toBe(false);
    expect(lib.out).toContain('its listed libraries');
  });

  it('refuses a scene touching the page itself (it asks PlayServices)', () => {
    const r = lint('src/engine/kinds/planted.ts', "export const listen = () => addEventListener('keydown', () => document.title);\n");
    expect(r.ok).toBe(false);
    expect(r.out).toContain('noRestrictedGlobals');
  });

  it('refuses the ui importing the engine', () => {
    expect(lint('src/ui/teacher/planted.ts', "import { COLORS } from '../../engine/theme.ts';\nexport const c = COLORS;\n").ok).toBe(false);
  });

  it('accepts the same places importing what their layer may', () => {
    expect(
      lint(
        'src/engine/kinds/planted.ts',
        "import type { Twin } from '../../contracts/twins.ts';\nimport { pick } from '../../model/activity/lang.ts';\nexport const p = pick;\nexport type T = Twin;\n",
      ),
    ).toMatchObject({ ok: true });
    expect(lint('src/model/kinds/count/planted.ts', "import { z } from 'zod';\nimport { pick } from '../../activity/lang.ts';\nexport const v = [z, pick];\n")).toMatchObject({ ok: true });
  });
});
