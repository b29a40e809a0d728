import { describe, expect, it } from 'vitest';
import { facets, filterPacks, fold } from '../../../../src/model/library/browse.ts';
import { entry } from './fixtures.ts';

const packs = [
  entry('dem-ca', { title: { vi: 'Đếm cá', en: 'Count the fish' }, bands: ['mn-4-5'], subjects: ['math'], competencies: ['mn.nhan-thuc'], school: 'MN Hoa Sen' }),
  entry('cong-10', { title: { vi: 'Cộng trong phạm vi 10', en: 'Adding within 10' }, bands: ['lop-1'], subjects: ['math'], competencies: ['nl.tinh-toan'], school: 'TH Kim Đồng', authors: ['Thầy Minh'] }),
  entry('chu-o', { title: { vi: 'Tập tô chữ ô', en: 'Trace the letter ô' }, bands: ['lop-1'], subjects: ['vietnamese'], competencies: ['nl.ngon-ngu'], description: { vi: 'Tô theo mẫu chữ', en: 'Trace the model letter' } }),
];

describe('the library list', () => {
  it('offers only the values some pack has, each once', () => {
    expect(facets(packs)).toEqual({
      bands: ['lop-1', 'mn-4-5'],
      subjects: ['math', 'vietnamese'],
      competencies: ['mn.nhan-thuc', 'nl.ngon-ngu', 'nl.tinh-toan'],
      schools: ['MN Hoa Sen', 'TH Kim Đồng'],
    });
  });

  it('filters by band, subject, competency and school, together', () => {
    const ids = (f: Parameters<typeof filterPacks>[1]) => filterPacks(packs, f, 'vi').map((e) => e.manifest.id);
    expect(ids({ band: 'lop-1' })).toEqual(['cong-10', 'chu-o']);
    expect(ids({ band: 'lop-1', subject: 'math' })).toEqual(['cong-10']);
    expect(ids({ competency: 'mn.nhan-thuc' })).toEqual(['dem-ca']);
    expect(ids({ school: 'TH Kim Đồng' })).toEqual(['cong-10']);
    expect(ids({ school: 'TH Kim Đồng', subject: 'vietnamese' })).toEqual([]);
    expect(ids({})).toHaveLength(3);
  });

  it('finds by any word of the title (either language), author or description, without typing the marks', () => {
    const ids = (query: string) => filterPacks(packs, { query }, 'vi').map((e) => e.manifest.id);
    expect(ids('dem')).toEqual(['dem-ca']);
    expect(ids('ĐẾM')).toEqual(['dem-ca']);
    expect(ids('fish')).toEqual(['dem-ca']);
    expect(ids('thay minh')).toEqual(['cong-10']);
    expect(ids('mau chu')).toEqual(['chu-o']);
    expect(ids('cong  10')).toEqual(['cong-10']);
    expect(ids('cá voi')).toEqual([]);
  });

  it('sorts by title in the teacher’s language', () => {
    expect(filterPacks(packs, {}, 'en').map((e) => e.manifest.id)).toEqual(['cong-10', 'dem-ca', 'chu-o']);
    expect(filterPacks(packs, {}, 'vi').map((e) => e.manifest.id)).toEqual(['cong-10', 'dem-ca', 'chu-o']);
  });

  it('folds đ and every mark for search', () => {
    expect(fold('Đường ĐI hoà')).toBe('duong di hoa');
  });
});
