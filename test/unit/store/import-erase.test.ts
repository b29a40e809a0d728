import 'fake-indexeddb/auto';
import { createStore, keys, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { cellKey, type CompetencyCell } from '../../../src/model/evidence/rollup.ts';
import { openAppData } from '../../../src/store/app-data.ts';
import { eraseLearner } from '../../../src/store/erase-learner.ts';
import { DB, forgetOpenStores } from '../../../src/store/idb.ts';
import { answered } from '../../support/statements.ts';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  forgetOpenStores();
});

const stored = () => keys<string>(createStore(...DB.statements));
const queued = () => keys<string>(createStore(...DB.outbox));

describe('an import, all or nothing', () => {
  it('counts nothing until committed, then every statement once', async () => {
    const data = await openAppData();
    const list = Array.from({ length: 2500 }, (_, i) => answered({ learner: 'an', item: (i % 4) + 1, success: true }));
    const importer = data.evidence.beginImport();
    await importer.add(list.slice(0, 1200));
    await importer.add(list.slice(1200));
    expect(await stored()).toHaveLength(2500);
    expect(data.evidence.rollups.size).toBe(0);
    await importer.commit();
    expect((data.evidence.rollups.get(cellKey('an', 'nl.tinh-toan')) as CompetencyCell).n).toBe(2500);
  });

  it('a write that fails midway takes back every statement written, and its place in the outbox', async () => {
    const data = await openAppData();
    const before = answered({ learner: 'an', success: true });
    await data.evidence.record(before);
    const list = Array.from({ length: 2500 }, () => answered({ learner: 'an', success: true }));
    const put = IDBObjectStore.prototype.put;
    let n = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'statements' && ++n > 1500) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      const importer = data.evidence.beginImport();
      await importer.add(list.slice(0, 1000));
      await expect(importer.add(list.slice(1000))).rejects.toThrow();
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await stored()).toEqual([before.id]);
    expect(await queued()).toEqual([before.id]);
  });

  it('an import cut short by a closed tab is undone at the next start', async () => {
    const data = await openAppData();
    const list = Array.from({ length: 3 }, () => answered({ learner: 'an', success: true }));
    await data.evidence.beginImport().add(list); // never committed: the tab closed
    forgetOpenStores();
    const again = await openAppData();
    expect(await stored()).toEqual([]);
    expect(again.evidence.rollups.size).toBe(0);
  });
});

describe('removing a child\'s data', () => {
  it('removes the statements, the queue entries, the judgements and the name, and recounts; others stay', async () => {
    const data = await openAppData();
    await data.learners.save({ id: 'an', name: 'An', animal: 'meo', color: 'do', archived: false, createdAt: '2026-11-24T08:00:00.000Z' });
    const mine = [answered({ learner: 'an', success: true }), answered({ learner: 'an', item: 2, success: false })];
    const theirs = answered({ learner: 'binh', success: true });
    for (const s of [...mine, theirs]) await data.evidence.record(s);
    await data.teacher.judge({ learner: 'an', code: 'nl.tinh-toan', level: 'tot', comment: 'Giỏi', updatedAt: '2026-11-24T08:00:00.000Z' });
    await set('lopvui.j.x', 1, createStore(...DB.teacher)); // unrelated data stays

    expect(await eraseLearner(data, 'an')).toBe(2);
    expect(await stored()).toEqual([theirs.id]);
    expect(await queued()).toEqual([theirs.id]);
    expect(data.learners.get('an')).toBeUndefined();
    expect(data.teacher.judgements.size).toBe(0);
    expect(data.evidence.rollups.get(cellKey('an', 'nl.tinh-toan'))).toBeUndefined();
    expect(data.evidence.rollups.get(cellKey('binh', 'nl.tinh-toan'))).toBeDefined();
  });
});
