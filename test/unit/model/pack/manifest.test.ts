import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestSchema, serializeManifestJsonSchema } from '../../../../src/model/pack/manifest.ts';
import { sha256Hex } from '../../../../src/model/pack/hash.ts';
import { compareVersions } from '../../../../src/model/pack/version.ts';
import { isSafePath, roleOfPath } from '../../../../src/model/pack/paths.ts';

const base = {
  format: 1,
  id: 'cum-3.toan-lop-1',
  version: '1.2.0',
  title: { vi: 'Toán lớp 1', en: 'Grade 1 maths' },
  authors: ['Cô Lan'],
  bands: ['lop-1'],
  subjects: ['math'],
  competencies: ['nl.tinh-toan'],
  created: '2026-11-30T08:00:00Z',
  files: [{ path: 'activities/a.json', size: 10, sha256: 'a'.repeat(64), role: 'activity' }],
};

describe('pack manifest', () => {
  it('accepts a full manifest and gives CC-BY-4.0 when no licence is written', () => {
    const m = manifestSchema.parse(base);
    expect(m.license).toBe('CC-BY-4.0');
    expect(manifestSchema.parse({ ...base, license: 'CC-BY-SA-4.0', school: 'Trường Tiểu học Kim Đồng', cluster: 'Cụm 3' }).license).toBe('CC-BY-SA-4.0');
  });

  it('refuses what a manifest must not be', () => {
    const bad = (over: object) => manifestSchema.safeParse({ ...base, ...over }).success;
    expect(bad({ id: 'Toán Lớp 1' })).toBe(false);
    expect(bad({ version: '1.2' })).toBe(false);
    expect(bad({ version: '01.2.0' })).toBe(false);
    expect(bad({ authors: [] })).toBe(false);
    expect(bad({ bands: ['lop-9'] })).toBe(false);
    expect(bad({ license: 'CC BY 4.0' })).toBe(false);
    expect(bad({ title: { vi: 'Toán' } })).toBe(false);
    expect(bad({ files: [{ ...base.files[0], sha256: 'xyz' }] })).toBe(false);
    expect(bad({ files: [{ ...base.files[0], role: 'script' }] })).toBe(false);
    expect(bad({ format: 2 })).toBe(false);
    expect(bad({ extra: 1 })).toBe(false);
  });

  it('its JSON Schema in levels/schema is the one npm run schema writes (run it after changing the manifest)', () => {
    expect(readFileSync('levels/schema/pack-manifest.schema.json', 'utf8')).toBe(serializeManifestJsonSchema());
  });
});

describe('pack versions', () => {
  it('compares x.y.z number by number, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBe(1);
    expect(compareVersions('1.2.3', '1.2.3')).toBe(0);
    expect(compareVersions('0.9.0', '1.0.0')).toBe(-1);
    expect(compareVersions('2.0.0', '10.0.0')).toBe(-1);
    expect(compareVersions('1.0.1', '1.0.0')).toBe(1);
  });
});

describe('pack hashing', () => {
  it('gives the SHA-256 of the bytes in lower-case hex (the standard test vectors)', async () => {
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes a view on a larger buffer as its own bytes only', async () => {
    const buffer = new TextEncoder().encode('xxabcxx');
    expect(await sha256Hex(buffer.subarray(2, 5))).toBe(await sha256Hex(new TextEncoder().encode('abc')));
  });
});

describe('pack paths', () => {
  it('gives each place its role and nothing else a role', () => {
    expect(roleOfPath('activities/dem-ca.json')).toBe('activity');
    expect(roleOfPath('lessons/buoi-sang.json')).toBe('lesson');
    expect(roleOfPath('media/images/animals/duck.svg')).toBe('media');
    expect(roleOfPath('plan/ke-hoach.docx')).toBe('plan');
    expect(roleOfPath('video/tiet-day.mp4')).toBe('video');
    for (const p of ['activities/x.js', 'media/x.html', 'plan/x.exe', 'video/x.avi', 'x.json', 'activities/sub/x.json']) expect(roleOfPath(p), p).toBeUndefined();
  });

  it('keeps paths inside the pack', () => {
    expect(isSafePath('media/images/a.svg')).toBe(true);
    for (const p of ['../a.svg', 'media/../../a.svg', '/etc/x', 'C:/x', 'media\\a.svg', 'media//a.svg', './a.svg', 'a\u0000.svg', '']) expect(isSafePath(p), p).toBe(false);
  });
});

describe('pack hashing without WebCrypto (a player served over plain http)', () => {
  it('gives the same digest with @noble/hashes', async () => {
    const bytes = new TextEncoder().encode('Lớp Vui');
    const withSubtle = await sha256Hex(bytes);
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
    Object.defineProperty(globalThis, 'crypto', { value: {}, configurable: true });
    try {
      expect(await sha256Hex(bytes)).toBe(withSubtle);
    } finally {
      Object.defineProperty(globalThis, 'crypto', saved);
    }
  });
});
