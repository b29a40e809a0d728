import { describe, expect, it } from 'vitest';
import { newestPerPack, statusOnDevice } from '../../../../src/model/library/status.ts';
import { compareVersions } from '../../../../src/model/pack/index.ts';
import { entry } from './fixtures.ts';

describe('a library pack beside this device', () => {
  const device = new Map([
    ['dem-ca', '1.2.0'],
    ['chu-o', '2.0.0'],
    ['cong-10', '1.10.0'],
  ]);
  const status = (id: string, version: string) => statusOnDevice(entry(id, { version }), device, compareVersions);

  it('is absent, the same, an update, or older than what the device has', () => {
    expect(status('so-sanh', '1.0.0')).toBe('absent');
    expect(status('dem-ca', '1.2.0')).toBe('same');
    expect(status('dem-ca', '1.3.0')).toBe('update');
    expect(status('chu-o', '1.9.9')).toBe('newer-here');
  });

  it('compares versions as numbers, not as text (1.10.0 is newer than 1.9.0)', () => {
    expect(status('cong-10', '1.9.0')).toBe('newer-here');
    expect(status('cong-10', '1.11.0')).toBe('update');
  });

  it('lists one entry per pack, its newest version, whatever the order of the files', () => {
    const files = [entry('dem-ca', { version: '1.10.0' }, 'dem-ca-1.10.lopvui'), entry('dem-ca', { version: '1.9.0' }, 'dem-ca-1.9.lopvui'), entry('chu-o')];
    const newest = newestPerPack(files, compareVersions);
    expect(newest.map((e) => e.file)).toEqual(['dem-ca-1.10.lopvui', 'chu-o.lopvui']);
    expect(newestPerPack([...files].reverse(), compareVersions).map((e) => e.file).sort()).toEqual(['chu-o.lopvui', 'dem-ca-1.10.lopvui']);
  });
});
