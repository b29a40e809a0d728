import type { LibraryEntry, PackSummary } from '../../../../src/model/library/library-index.ts';

/** A library entry for the tests: a valid manifest summary, any field replaced. */
export function entry(id: string, over: Partial<PackSummary> = {}, file = `${id}.lopvui`): LibraryEntry {
  return {
    file,
    size: 1234,
    sha256: 'a'.repeat(64),
    manifest: {
      id,
      version: '1.0.0',
      title: { vi: id, en: id },
      authors: ['Cô Lan'],
      license: 'CC-BY-4.0',
      bands: ['lop-1'],
      subjects: ['math'],
      competencies: ['nl.tinh-toan'],
      ...over,
    },
  };
}
