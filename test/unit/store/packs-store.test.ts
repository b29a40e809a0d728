import 'fake-indexeddb/auto';
import { createStore, entries } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB, forgetOpenStores } from '../../../src/store/idb.ts';
import { listOwnActivities, type OwnActivity } from '../../../src/store/own-activities.ts';
import { type KeptPackRecord, keepPackWhole, listKeptPacks, removePackWhole } from '../../../src/store/packs.ts';
import { manifestSchema } from '../../../src/model/pack/manifest.ts';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  forgetOpenStores();
});

const manifest = (version: string) =>
  manifestSchema.parse({
    format: 1,
    id: 'cum-3.vit',
    version,
    title: { vi: 'Vịt', en: 'Ducks' },
    authors: ['Cô Lan'],
    bands: [],
    subjects: [],
    competencies: [],
    created: '2026-11-30T08:00:00Z',
    files: [{ path: 'activities/a.json', size: 1, sha256: 'a'.repeat(64), role: 'activity' }],
  });
const activity = (id: string, version: string): OwnActivity => ({ id, file: `cum-3.vit/activities/${id}.json`, text: '{}', media: [], savedAt: 1, pack: { id: 'cum-3.vit', version } });
const record = (version: string, ids: string[]): KeptPackRecord => ({ id: 'cum-3.vit', manifest: manifest(version), keys: ids, activityIds: ids, extras: [], file: 'vit.lopvui', savedAt: 1 });
const everything = async () => (await entries<string, { id: string }>(createStore(...DB.ownActivities))).map(([k]) => k).sort();

describe('a pack kept whole', () => {
  it('keeps its activities and its record; the own list leaves the record out; an update replaces the old version whole', async () => {
    await keepPackWhole(record('1.0.0', ['vit-a', 'vit-b']), [activity('vit-a', '1.0.0'), activity('vit-b', '1.0.0')], []);
    expect(await everything()).toEqual(['pack:cum-3.vit', 'vit-a', 'vit-b']);
    expect((await listOwnActivities()).map((a) => a.id)).toEqual(['vit-a', 'vit-b']);
    expect((await listKeptPacks()).map((p) => [p.id, p.manifest.version])).toEqual([['cum-3.vit', '1.0.0']]);

    await keepPackWhole(record('1.1.0', ['vit-a', 'vit-c']), [activity('vit-a', '1.1.0'), activity('vit-c', '1.1.0')], ['vit-a', 'vit-b']);
    expect(await everything()).toEqual(['pack:cum-3.vit', 'vit-a', 'vit-c']);
    expect((await listOwnActivities()).map((a) => a.pack?.version)).toEqual(['1.1.0', '1.1.0']);

    await removePackWhole((await listKeptPacks())[0]!);
    expect(await everything()).toEqual([]);
  });

  it('a write that fails half-way keeps nothing of the new version and loses nothing of the old', async () => {
    await keepPackWhole(record('1.0.0', ['vit-a', 'vit-b']), [activity('vit-a', '1.0.0'), activity('vit-b', '1.0.0')], []);
    const put = IDBObjectStore.prototype.put;
    let n = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++n === 2) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(keepPackWhole(record('1.1.0', ['vit-a', 'vit-c']), [activity('vit-a', '1.1.0'), activity('vit-c', '1.1.0')], ['vit-a', 'vit-b'])).rejects.toThrow('full');
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await everything()).toEqual(['pack:cum-3.vit', 'vit-a', 'vit-b']);
    expect((await listOwnActivities()).map((a) => a.pack?.version)).toEqual(['1.0.0', '1.0.0']);
    expect((await listKeptPacks())[0]?.manifest.version).toBe('1.0.0');
  });
});
