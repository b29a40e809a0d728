import { describe, expect, it } from 'vitest';
import { readLibrary } from '../../../../src/model/library/library-index.ts';
import { entry } from './fixtures.ts';

const text = (packs: unknown[]) => JSON.stringify({ format: 1, generated: '2026-11-30T10:00:00.000Z', packs });

describe('readLibrary', () => {
  it('reads every entry of a library.json', () => {
    const r = readLibrary(text([entry('dem-ca'), entry('chu-cai', { school: 'TH Kim Đồng' })]));
    expect(r.ok && r.library.packs.map((p) => p.manifest.id)).toEqual(['dem-ca', 'chu-cai']);
    expect(r.ok && r.skipped).toBe(0);
  });

  it('keeps fields a newer player adds to a manifest (the list still shows)', () => {
    const r = readLibrary(text([{ ...entry('a'), manifest: { ...entry('a').manifest, files: [], future: true } }]));
    const manifest: Record<string, unknown> | undefined = r.ok ? r.library.packs[0]?.manifest : undefined;
    expect(manifest?.future).toBe(true);
  });

  it('skips a broken entry, counts it, and lists the others', () => {
    const broken = [
      { ...entry('bad-hash'), sha256: 'xyz' },
      { ...entry('no-authors'), manifest: { ...entry('no-authors').manifest, authors: [] } },
      { ...entry('climbs'), file: '../secret.lopvui' },
      { ...entry('elsewhere'), file: 'https://elsewhere.example/x.lopvui' },
      { ...entry('not-a-pack'), file: 'index.html' },
    ];
    const r = readLibrary(text([entry('good'), ...broken]));
    expect(r.ok && r.library.packs.map((p) => p.manifest.id)).toEqual(['good']);
    expect(r.ok && r.skipped).toBe(5);
  });

  it('says when the file is not JSON, or not a library', () => {
    expect(readLibrary('<html>')).toEqual({ ok: false, problem: 'json' });
    expect(readLibrary(JSON.stringify({ format: 2, generated: 'x', packs: [] }))).toEqual({ ok: false, problem: 'format' });
    expect(readLibrary(JSON.stringify([]))).toEqual({ ok: false, problem: 'format' });
  });
});
