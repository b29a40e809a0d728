import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRoots, validateFile, validateLessonFile, validateLibrary, type LibraryRoots } from '../../../src/build/library.ts';
import { KINDS } from '../../../src/model/activity/schema.ts';

/**
 * Every example of the authoring guide, in both languages, is a whole file that validates
 * (pictures included): a teacher who copies one gets a working activity.
 */
const project = path.resolve(import.meta.dirname, '../../..');
const GUIDES = ['docs/authoring.md', 'docs/authoring.vi.md'];
const libraryIds = new Set(validateLibrary(defaultRoots(project)).flatMap((f) => (f.activity ? [f.activity.id] : [])));

function examples(file: string): string[] {
  const text = readFileSync(path.join(project, file), 'utf8');
  return [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

describe.each(GUIDES)('%s', (guide) => {
  const blocks = examples(guide);
  const levels = mkdtempSync(path.join(tmpdir(), 'lopvui-guide-'));
  mkdirSync(path.join(levels, 'lessons'));
  const roots: LibraryRoots = { root: levels, levels, public: path.join(project, 'public') };

  it('has a minimal and a full example of every kind', () => {
    const kinds = blocks.map((b) => (JSON.parse(b) as { kind?: string }).kind);
    for (const kind of KINDS) expect(kinds.filter((k) => k === kind).length, kind).toBeGreaterThanOrEqual(2);
  });

  it('has only examples that validate, with no warning', () => {
    blocks.forEach((block, i) => {
      const isLesson = 'steps' in (JSON.parse(block) as object);
      const file = path.join(levels, isLesson ? 'lessons' : '', `example-${i}.json`);
      writeFileSync(file, block);
      const result = isLesson ? validateLessonFile(roots, file, libraryIds) : validateFile(roots, file);
      expect(result.issues, `example ${i + 1}:\n${block}`).toEqual([]);
    });
  });
});
