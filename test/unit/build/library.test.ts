import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listActivityFiles, resolveMediaRef, validateLibrary, type LibraryRoots } from '../../../src/build/library.ts';

let roots: LibraryRoots;
const good = (id: string, extra = '') =>
  `{"id": "${id}", "kind": "choice", "title": "T", "subject": "math", "band": "lop-1",${extra}
 "items": [{"prompt": "p", "options": [{"text": "1", "correct": true}, {"text": "2"}]}]}`;

beforeAll(() => {
  const root = mkdtempSync(path.join(tmpdir(), 'lopvui-lib-'));
  roots = { root, levels: path.join(root, 'levels'), public: path.join(root, 'public') };
  mkdirSync(path.join(roots.levels, 'schema'), { recursive: true });
  mkdirSync(path.join(roots.levels, 'math', 'pics'), { recursive: true });
  mkdirSync(path.join(roots.public, 'images'), { recursive: true });
  writeFileSync(path.join(roots.levels, 'schema', 'activity.schema.json'), '{}');
  writeFileSync(path.join(roots.levels, 'math', 'pics', 'a.svg'), '<svg/>');
  writeFileSync(path.join(roots.public, 'images', 'b.svg'), '<svg/>');
  writeFileSync(path.join(roots.root, 'secret.txt'), 'no');
  writeFileSync(path.join(roots.levels, 'math', 'one.json'), good('mot', ' "icon": "pics/a.svg",'));
  writeFileSync(path.join(roots.levels, 'math', 'two.json'), good('mot', ' "icon": "images/b.svg",'));
  writeFileSync(path.join(roots.levels, 'broken.json'), '{"id": "x",\n  "kind": }');
});

describe('the library on disk', () => {
  it('lists activity files, not the schema folder', () => {
    expect(listActivityFiles(roots.levels).map((f) => path.relative(roots.levels, f))).toEqual(['broken.json', 'math/one.json', 'math/two.json']);
  });

  it('resolves media next to the file first, then in public/, and never outside them', () => {
    const file = path.join(roots.levels, 'math', 'one.json');
    expect(resolveMediaRef(roots, file, 'pics/a.svg')?.url).toBe('levels/math/pics/a.svg');
    expect(resolveMediaRef(roots, file, 'images/b.svg')?.url).toBe('images/b.svg');
    expect(resolveMediaRef(roots, file, '/images/b.svg')?.url).toBe('images/b.svg');
    expect(resolveMediaRef(roots, file, '../../secret.txt')).toBeUndefined();
    expect(resolveMediaRef(roots, file, 'https://example.org/a.svg')).toBeUndefined();
  });

  it('reports a duplicate id on the second file, and a broken file with its own line:column', () => {
    const results = validateLibrary(roots);
    const byFile = Object.fromEntries(results.map((r) => [r.file, r]));
    expect(byFile['levels/math/one.json']?.activity?.id).toBe('mot');
    expect(byFile['levels/math/one.json']?.media).toEqual([path.join(roots.levels, 'math', 'pics', 'a.svg')]);
    expect(byFile['levels/math/two.json']?.activity).toBeUndefined();
    expect(byFile['levels/math/two.json']?.issues[0]).toMatchObject({ key: 'duplicateId', line: 1, column: 2, params: { other: 'levels/math/one.json' } });
    expect(byFile['levels/broken.json']?.issues[0]).toMatchObject({ key: 'syntax', line: 2, column: 11 });
  });
});

const run = (args: string[], cwd = process.cwd()) => {
  try {
    return { code: 0, out: execFileSync(path.resolve('node_modules/.bin/tsx'), [path.resolve('src/cli/validate.ts'), ...args], { cwd, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { code: err.status, out: err.stdout };
  }
};

// Each test runs the CLI in a process of its own (tsx compiles it first): seconds on a busy machine, not a budget.
describe('npm run validate', { timeout: 30_000 }, () => {

  it('passes on the project library', () => {
    const r = run(['--lang', 'en']);
    expect(r.out).toMatch(/0 errors/);
    expect(r.code).toBe(0);
  });

  it('prints file:line:column, path and message for each problem, in the chosen language, and fails', () => {
    const en = run(['--lang', 'en', 'levels'], roots.root);
    expect(en.code).toBe(1);
    expect(en.out).toContain('levels/broken.json:2:11  (file)  broken JSON');
    expect(en.out).toContain('levels/math/two.json:1:2  id  id "mot" is already used by levels/math/one.json');
    const vi = run(['levels/broken.json'], roots.root);
    expect(vi.out).toContain('levels/broken.json:2:11  (file)  JSON sai cú pháp');
    expect(vi.code).toBe(1);
  });
});

describe('lessons in levels/lessons/', () => {
  it('are lessons, not activities; a step naming no activity is an error at its line:column', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'lopvui-lessons-'));
    const r: LibraryRoots = { root, levels: path.join(root, 'levels'), public: path.join(root, 'public') };
    mkdirSync(path.join(r.levels, 'lessons'), { recursive: true });
    writeFileSync(path.join(r.levels, 'one.json'), good('mot'));
    writeFileSync(path.join(r.levels, 'lessons', 'ok.json'), '{"id": "tiet", "title": "Tiết", "band": "lop-1", "steps": [{"activity": "mot", "note": "Chào"}]}');
    writeFileSync(path.join(r.levels, 'lessons', 'bad.json'), '{"id": "tiet-2", "title": "Tiết 2", "band": "lop-1",\n  "steps": [{"activity": "mot"}, {"activity": "khong-co"}]}');
    const byFile = Object.fromEntries(validateLibrary(r).map((f) => [f.file, f]));
    expect(byFile['levels/lessons/ok.json']).toMatchObject({ lesson: { id: 'tiet', steps: [{ activity: 'mot' }] }, issues: [] });
    expect(byFile['levels/lessons/ok.json']?.activity).toBeUndefined();
    expect(byFile['levels/lessons/bad.json']?.lesson).toBeUndefined();
    expect(byFile['levels/lessons/bad.json']?.issues).toEqual([
      expect.objectContaining({ severity: 'error', key: 'lesson.unknownActivity', path: 'steps[1].activity', line: 2, column: 47, params: { id: 'khong-co' } }),
    ]);
    // Checked against the whole library even when only the lesson is asked for.
    expect(validateLibrary(r, [path.join(r.levels, 'lessons', 'ok.json')])[0]?.lesson?.id).toBe('tiet');
  });
});

describe('files anywhere (a teacher’s own folder, outside the project)', () => {
  const own = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bai-cua-toi-'));
    mkdirSync(path.join(dir, 'anh'));
    writeFileSync(path.join(dir, 'tho.svg'), '<svg/>');
    writeFileSync(path.join(dir, 'anh', 'rua.svg'), '<svg/>');
    return dir;
  };

  it('finds pictures next to the file wherever it is, then in public/', () => {
    const dir = own();
    const file = path.join(dir, 'tho-va-rua.json');
    expect(resolveMediaRef(roots, file, 'tho.svg')).toEqual({ url: 'tho.svg', abs: path.join(dir, 'tho.svg') });
    expect(resolveMediaRef(roots, file, 'anh/rua.svg')?.abs).toBe(path.join(dir, 'anh', 'rua.svg'));
    expect(resolveMediaRef(roots, file, 'images/b.svg')?.url).toBe('images/b.svg');
    expect(resolveMediaRef(roots, file, 'khong-co.svg')).toBeUndefined();
  });

  it('recognises a lesson by its $schema or its shape, in any folder, and checks its steps against the activities beside it', () => {
    const dir = own();
    writeFileSync(path.join(dir, 'tho-va-rua.json'), good('tho-va-rua', ' "icon": "tho.svg",'));
    writeFileSync(path.join(dir, 'tiet-hoc.json'), '{"$schema": "../levels/schema/lesson.schema.json", "id": "tiet-cua-toi", "title": "Tiết", "band": "lop-1", "steps": [{"activity": "tho-va-rua"}]}');
    writeFileSync(path.join(dir, 'khong-schema.json'), '{"id": "tiet-hai", "title": "Tiết 2", "band": "lop-1", "steps": [{"activity": "tho-va-rua"}]}');
    const results = validateLibrary(roots, listActivityFiles(dir));
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.file), r]));
    expect(byName['tho-va-rua.json']).toMatchObject({ activity: { id: 'tho-va-rua' }, issues: [] });
    expect(byName['tiet-hoc.json']).toMatchObject({ lesson: { id: 'tiet-cua-toi' }, issues: [] });
    expect(byName['khong-schema.json']).toMatchObject({ lesson: { id: 'tiet-hai' }, issues: [] });
    // Shown as the path it has (it is not inside the project).
    expect(byName['tiet-hoc.json']?.file).toBe(path.join(dir, 'tiet-hoc.json').split(path.sep).join('/'));
  });

  it('npm run validate on a file outside the project finds the picture beside it', () => {
    const dir = own();
    const file = path.join(dir, 'tho-va-rua.json');
    writeFileSync(file, good('tho-va-rua', ' "icon": "tho.svg",'));
    const r = run(['--lang', 'en', file]);
    expect(r.out).toMatch(/1 file.*0 errors/);
    expect(r.code).toBe(0);
  }, 30_000);
});
