import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n/index.ts';
import { formatIssue } from '../../../../src/model/activity/issues.ts';
import { decideInstall, type DeviceIds } from '../../../../src/model/pack/decide.ts';
import { manifestSchema } from '../../../../src/model/pack/manifest.ts';

const manifest = (version: string, id = 'cum-3.vit') =>
  manifestSchema.parse({
    format: 1,
    id,
    version,
    title: { vi: 'Vịt con', en: 'Ducklings' },
    authors: ['Cô Lan'],
    bands: ['mn-4-5'],
    subjects: ['math'],
    competencies: [],
    created: '2026-11-30T08:00:00Z',
    files: [{ path: 'activities/a.json', size: 1, sha256: 'a'.repeat(64), role: 'activity' }],
  });
const device = (over: Partial<DeviceIds> = {}): DeviceIds => ({
  packs: [{ id: 'cum-3.vit', version: '1.2.0', title: { vi: 'Vịt con', en: 'Ducklings' }, activityIds: ['cum-vit-dem'] }],
  ownIds: new Set(),
  libraryIds: new Set(['mn-dem-vit']),
  ...over,
});
const lines = (errors: Parameters<typeof formatIssue>[0][]) => (['vi', 'en'] as const).map((l) => errors.map((e) => formatIssue(e, createI18n(l).t)));

describe('which version a tablet keeps', () => {
  it('a pack not on the tablet is new; a library activity in it is left to the library', () => {
    expect(decideInstall(manifest('1.0.0', 'cum-5.ca'), ['cum-ca', 'mn-dem-vit'], device())).toEqual({ kind: 'new', skipped: ['mn-dem-vit'] });
  });

  it('a newer version is an update, the same version nothing to do', () => {
    expect(decideInstall(manifest('1.10.0'), ['cum-vit-dem'], device())).toEqual({ kind: 'update', from: '1.2.0', skipped: [] });
    expect(decideInstall(manifest('1.2.0'), ['cum-vit-dem'], device())).toEqual({ kind: 'same' });
  });

  it('refuses an older version, in vi and en', () => {
    const d = decideInstall(manifest('1.1.9'), ['cum-vit-dem'], device(), 'vit-1.1.9.lopvui');
    if (d.kind !== 'refused') throw new Error(d.kind);
    expect(lines(d.errors)).toEqual([
      ['vit-1.1.9.lopvui:1:1  (file)  đây là phiên bản 1.1.9 của gói "cum-3.vit"; máy này đang giữ phiên bản mới hơn 1.2.0: không cài phiên bản cũ đè lên bản mới'],
      ['vit-1.1.9.lopvui:1:1  (file)  this is version 1.1.9 of the pack "cum-3.vit"; this tablet keeps the newer 1.2.0: an older version is never installed over a newer one'],
    ]);
  });

  it('refuses an activity id another pack has, naming that pack, in vi and en', () => {
    const d = decideInstall(manifest('1.0.0', 'cum-7.vit-khac'), ['cum-vit-dem'], device(), 'khac.lopvui');
    if (d.kind !== 'refused') throw new Error(d.kind);
    expect(lines(d.errors)).toEqual([
      ['khac.lopvui:1:1  (file)  hoạt động "cum-vit-dem" thuộc gói "Vịt con" (cum-3.vit, phiên bản 1.2.0) đang có trên máy này: hai hoạt động cùng một mã sẽ trộn lẫn minh chứng của trẻ'],
      [
        'khac.lopvui:1:1  (file)  the activity "cum-vit-dem" belongs to the pack "Ducklings" (cum-3.vit, version 1.2.0) kept on this tablet: two activities under one id would mix the children\'s evidence',
      ],
    ]);
  });

  it('refuses an activity id a teacher kept from a loose file', () => {
    const d = decideInstall(manifest('1.0.0', 'cum-9.x'), ['cua-co'], device({ ownIds: new Set(['cua-co']) }));
    expect(d.kind === 'refused' && d.errors.map((e) => e.key)).toEqual(['pack.ownId']);
  });
});
