import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultRoots, listActivityFiles, validateLibrary } from '../../src/build/library.ts';
import { validateActivityText } from '../../src/model/activity/validate.ts';

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

/**
 * The loader's worst answer time on the hostile files the fuzz test feeds it (a 20 000-element
 * list pasted into a field, brackets 100 000 deep): the median of 3 runs of the slowest of them.
 * The fuzz test checks that it always answers; how fast is this budget.
 */
export function measureHostileValidation(root: string): { worstMs: number; what: string } {
  const file = listActivityFiles(defaultRoots(root).levels).find((f) => !isLesson(f))!;
  const sample = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const big = Array.from({ length: 20_000 }, (_, i) => ({ text: String(i) }));
  const cases: [string, string][] = [
    ...Object.keys(sample).map((k): [string, string] => [`20 000 elements in "${k}"`, JSON.stringify({ ...sample, [k]: big })]),
    ['brackets 100 000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ];
  let worst = { worstMs: 0, what: '' };
  for (const [what, text] of cases) {
    const times = [0, 1, 2].map(() => {
      const started = performance.now();
      validateActivityText(text, { file: 'hostile.json' });
      return performance.now() - started;
    });
    const median = times.sort((a, b) => a - b)[1]!;
    if (median > worst.worstMs) worst = { worstMs: median, what };
  }
  return worst;
}
