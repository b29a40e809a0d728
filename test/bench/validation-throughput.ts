import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultRoots, listActivityFiles, validateLibrary } from '../../src/build/library.ts';

const isLesson = (f: string) => f.includes(`${path.sep}lessons${path.sep}`);

/** The ids of the library's activities (what the memory curve plays in turn). */
export function activityIds(root = path.resolve(import.meta.dirname, '../..')): string[] {
  return listActivityFiles(defaultRoots(root).levels)
    .filter((f) => !isLesson(f))
    .map((f) => (JSON.parse(readFileSync(f, 'utf8')) as { id: string }).id);
}

/**
 * Files per second `npm run validate` checks in a library of about `n` activities: copies of
 * the real library (with their pictures and sounds), each copy's ids made unique.
 */
export function measureValidation(root: string, n: number): { files: number; filesPerSecond: number } {
  const real = defaultRoots(root);
  const levels = mkdtempSync(path.join(tmpdir(), 'lopvui-1000-'));
  const per = activityIds(root).length;
  try {
    for (let copy = 0; copy * per < n; copy++) {
      const dir = path.join(levels, `ban-${copy}`);
      cpSync(real.levels, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}lessons`) && !src.includes(`${path.sep}schema`) });
      for (const f of listActivityFiles(dir)) {
        const text = readFileSync(f, 'utf8');
        writeFileSync(f, text.replace(/"id": "([a-z0-9-]+)"/, `"id": "$1-ban-${copy}"`));
      }
    }
    const roots = { ...real, levels };
    const files = listActivityFiles(levels);
    const started = performance.now();
    const results = validateLibrary(roots, files);
    const seconds = (performance.now() - started) / 1000;
    const broken = results.filter((r) => r.issues.some((i) => i.severity === 'error'));
    if (broken.length) throw new Error(`${broken.length} copies did not validate: ${broken[0]?.issues[0]?.key}`);
    return { files: files.length, filesPerSecond: files.length / seconds };
  } finally {
    rmSync(levels, { recursive: true, force: true });
  }
}
