import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRoots, validateLibrary } from '../../../src/build/library.ts';
import { collectPack } from '../../../src/build/pack-collect.ts';
import { parsePackArgs } from '../../../src/cli/pack.ts';
import { validateActivityText } from '../../../src/model/activity/validate.ts';
import { gatheredTerms } from '../../../src/model/pack/contents.ts';
import { readPack } from '../../../src/model/pack/read.ts';
import { writePack } from '../../../src/model/pack/write.ts';
import { validateLessonText } from '../../../src/model/lesson/validate-lesson.ts';

const roots = defaultRoots(process.cwd());
const text = (files: { path: string; bytes: Uint8Array }[], p: string) => new TextDecoder().decode(files.find((f) => f.path === p)?.bytes);

describe('npm run pack', () => {
  it('packs a lesson with its steps and every picture and sound, references rewritten to the pack, and the importer accepts it', async () => {
    const c = collectPack(roots, ['levels/lessons/mam-non-hinh-va-so.json', 'levels/khoa-hoc/con-vat-song-o-dau.json']);
    expect(c.issues).toEqual([]);
    const paths = c.files.map((f) => f.path);
    expect(paths).toContain('lessons/mn-hinh-va-so.json');
    // The lesson's four steps come with it, from levels/.
    expect(c.activities.map((a) => a.id).sort()).toEqual(['con-vat-song-o-dau', 'mn-dem-vit', 'mn-hinh-va-mau', 'mn-phan-loai-hinh', 'truyen-hat-mam-nho']);
    for (const a of c.activities) expect(paths).toContain(`activities/${a.id}.json`);
    // "../mam-non/audio/ca-vi.ogg" (from khoa-hoc/) becomes the path the player loads it from.
    expect(text(c.files, 'activities/con-vat-song-o-dau.json')).toContain('"levels/mam-non/audio/ca-vi.ogg"');
    expect(paths).toContain('media/levels/mam-non/audio/ca-vi.ogg');
    expect(paths).toContain('media/images/animals/duck.svg');
    expect(paths.some((p) => p.includes('..'))).toBe(false);
    const terms = gatheredTerms(c.activities, c.lessons);
    expect(terms.bands).toContain('mn-4-5');
    expect(terms.subjects).toContain('math');
    const bytes = await writePack({ manifest: { id: 'mn-hinh-va-so', version: '1.0.0', title: { vi: 'Hình và số', en: 'Shapes and numbers' }, authors: ['Cô Lan'], ...terms }, files: c.files });
    const r = await readPack(bytes);
    if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
    expect(r.pack.manifest.license).toBe('CC-BY-4.0');
    expect(r.pack.lessons.map((l) => l.value.id)).toEqual(['mn-hinh-va-so']);
    expect(r.pack.activities.length).toBe(5);
  }, 60_000);

  it('packs nothing when a file has an error, and says where', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lopvui-pack-'));
    const file = path.join(dir, 'hong.json');
    writeFileSync(file, '{ "id": "hong", "kind": "choice" }');
    const c = collectPack(roots, [file]);
    expect(c.files).toEqual([]);
    expect(c.issues.length).toBeGreaterThan(0);
    expect(c.issues[0]?.file).toContain('hong.json');
  });

  it('reads its flags, repeated authors included', () => {
    expect(parsePackArgs(['levels/toan', '--out', 'x.lopvui', '--author', 'Cô Lan', '--author=Thầy Minh', '--version', '1.2.0'])).toEqual({
      paths: ['levels/toan'],
      flags: { out: ['x.lopvui'], author: ['Cô Lan', 'Thầy Minh'], version: ['1.2.0'] },
    });
    expect(() => parsePackArgs(['--colour', 'red'])).toThrow(/unknown option --colour/);
  });
});

describe("exporting from the teacher's area", () => {
  it('writes every activity and lesson of the library as the player holds it, and each validates again as written', () => {
    const all = validateLibrary(roots);
    const ids = new Set(all.flatMap((r) => (r.activity ? [r.activity.id] : [])));
    const broken: string[] = [];
    for (const r of all) {
      if (r.activity && !validateActivityText(JSON.stringify(r.activity), { file: r.file, resolveMedia: (x) => x }).activity) broken.push(r.file);
      if (r.lesson && !validateLessonText(JSON.stringify(r.lesson), { file: r.file, resolveMedia: (x) => x }, ids).lesson) broken.push(r.file);
    }
    expect(all.length).toBeGreaterThan(30);
    expect(broken).toEqual([]);
  }, 60_000);
});
