import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeLibraryFolder } from '../../../src/build/library-folder.ts';
import { createI18n } from '../../../src/i18n/index.ts';
import { facets, filterPacks } from '../../../src/model/library/browse.ts';
import { readLibrary } from '../../../src/model/library/library-index.ts';
import type { Band } from '../../../src/model/activity/terms.ts';
import { writePack } from '../../../src/model/pack/index.ts';

/** A one-activity pack (a numeric activity: no media), its manifest fields as given. */
async function pack(id: string, over: { version?: string; band?: Band; school?: string } = {}): Promise<Uint8Array> {
  const band: Band = over.band ?? 'lop-1';
  const activity = { id, version: 1, kind: 'numeric', title: { vi: `Tính ${id}`, en: `Sums ${id}` }, subject: 'math', band, competencies: ['nl.tinh-toan'], items: [{ prompt: '3 + 4 = ?', answer: 7 }] };
  return writePack({
    manifest: {
      id: `cum3.${id}`,
      version: over.version ?? '1.0.0',
      title: activity.title,
      authors: ['Cô Lan'],
      ...(over.school && { school: over.school }),
      bands: [band],
      subjects: ['math'],
      competencies: ['nl.tinh-toan'],
    },
    files: [{ path: `activities/${id}.json`, bytes: new TextEncoder().encode(JSON.stringify(activity, null, 2)) }],
  });
}

describe('npm run library (a folder of packs indexed)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lopvui-library-'));
  const good = await pack('cong', { school: 'TH Kim Đồng' });
  writeFileSync(path.join(dir, 'cong.lopvui'), good);
  writeFileSync(path.join(dir, 'tru.lopvui.zip'), await pack('tru', { band: 'lop-2', school: 'TH Lê Lợi' }));
  writeFileSync(path.join(dir, 'so-sanh-1.0.lopvui'), await pack('so-sanh', { version: '1.0.0' }));
  writeFileSync(path.join(dir, 'so-sanh-1.1.lopvui'), await pack('so-sanh', { version: '1.1.0' }));
  // A pack cut short on a USB stick, and a file that only has the name.
  writeFileSync(path.join(dir, 'cut.lopvui'), good.slice(0, good.length - 40));
  writeFileSync(path.join(dir, 'not-a-zip.lopvui'), 'hello');
  writeFileSync(path.join(dir, 'notes.txt'), 'not a pack');
  const built = await writeLibraryFolder(dir, createI18n('en').t, new Date('2026-11-30T10:00:00Z'));
  const read = readLibrary(readFileSync(path.join(dir, 'library.json'), 'utf8'));

  it('lists each good pack with its file, size, SHA-256 and manifest, newest version of each', () => {
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.library.generated).toBe('2026-11-30T10:00:00.000Z');
    expect(read.library.packs.map((p) => [p.file, p.manifest.id, p.manifest.version])).toEqual([
      ['cong.lopvui', 'cum3.cong', '1.0.0'],
      ['so-sanh-1.1.lopvui', 'cum3.so-sanh', '1.1.0'],
      ['tru.lopvui.zip', 'cum3.tru', '1.0.0'],
    ]);
    const cong = read.library.packs[0];
    expect(cong?.size).toBe(good.length);
    expect(cong?.sha256).toBe(createHash('sha256').update(good).digest('hex'));
    expect(built.superseded).toEqual([{ file: 'so-sanh-1.0.lopvui', by: 'so-sanh-1.1.lopvui' }]);
  });

  it('reports each bad pack by file with a reason, and skips it', () => {
    expect(built.bad.map((b) => b.file)).toEqual(['cut.lopvui', 'not-a-zip.lopvui']);
    for (const b of built.bad) expect(b.reasons.join(' ')).toMatch(/\S/);
    expect(built.bad[0]?.reasons[0]).toContain('cut.lopvui');
  });

  it('gives the filters what the packs hold, and they narrow the list', () => {
    if (!read.ok) throw new Error('no library');
    expect(facets(read.library.packs)).toMatchObject({ bands: ['lop-1', 'lop-2'], schools: ['TH Kim Đồng', 'TH Lê Lợi'] });
    expect(filterPacks(read.library.packs, { band: 'lop-2' }, 'en').map((p) => p.manifest.id)).toEqual(['cum3.tru']);
    expect(filterPacks(read.library.packs, { school: 'TH Kim Đồng' }, 'en').map((p) => p.manifest.id)).toEqual(['cum3.cong']);
  });
});

// It runs the CLI in a process of its own (tsx compiles it first): seconds on a busy machine, not a budget.
describe('the command', { timeout: 30_000 }, () => {
  it('prints each refused pack as file: reason, writes the others, and exits 1', async () => {
    const { spawnSync } = await import('node:child_process');
    const dir = mkdtempSync(path.join(tmpdir(), 'lopvui-library-cli-'));
    writeFileSync(path.join(dir, 'cong.lopvui'), await pack('cong'));
    writeFileSync(path.join(dir, 'broken.lopvui'), 'not a zip');
    const project = path.resolve(import.meta.dirname, '../../..');
    const run = spawnSync('npx', ['tsx', 'src/cli/library.ts', '--lang', 'en', dir], { cwd: project, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^broken\.lopvui:1:1 .*zip/m);
    expect(run.stdout).toContain('1 packs listed, 1 refused');
    const read = readLibrary(readFileSync(path.join(dir, 'library.json'), 'utf8'));
    expect(read.ok && read.library.packs.map((p) => p.file)).toEqual(['cong.lopvui']);
  }, 30_000);
});
