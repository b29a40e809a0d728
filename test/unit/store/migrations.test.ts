import 'fake-indexeddb/auto';
import { createStore, keys, set, setMany } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { cellKey, type CompetencyCell } from '../../../src/model/evidence/rollup.ts';
import { openAppData } from '../../../src/store/app-data.ts';
import { DB, forgetOpenStores } from '../../../src/store/idb.ts';
import { SCHEMA_VERSION } from '../../../src/store/migrations.ts';
import { answered } from '../../support/statements.ts';

/** A device as the first version of the player left it: statements only, one anonymous learner. */
async function writeVersion1(): Promise<string[]> {
  const statements = createStore(...DB.statements);
  const old = [answered({ learner: 'thiet-bi-1', success: true }), answered({ learner: 'thiet-bi-1', success: true, attempt: 2 }), answered({ learner: 'thiet-bi-1', success: false, completed: false })];
  await setMany(old.map((s) => [s.id, s]), statements);
  return old.map((s) => s.id);
}

beforeEach(() => {
  // A new, empty IndexedDB for each test.
  globalThis.indexedDB = new IDBFactory();
  forgetOpenStores();
});

describe('stored data from an older version', () => {
  it('opens: the old learner joins the roster, totals are counted, the version is recorded', async () => {
    const ids = await writeVersion1();
    const data = await openAppData();
    expect(data.problem).toBeUndefined();
    expect(data.learners.list()).toEqual([expect.objectContaining({ id: 'thiet-bi-1', name: 'Bé 1', archived: false })]);
    const cell = data.evidence.rollups.get(cellKey('thiet-bi-1', 'nl.tinh-toan')) as CompetencyCell;
    expect(cell).toMatchObject({ n: 2, recent: [1, 0.5] });
    expect((await data.evidence.ids()).size).toBe(ids.length);
    expect(await data.teacher.schemaVersion()).toBe(SCHEMA_VERSION);

    // Opening again changes nothing (the migration ran once).
    const again = await openAppData();
    expect(again.learners.list()).toHaveLength(1);
    expect((again.evidence.rollups.get(cellKey('thiet-bi-1', 'nl.tinh-toan')) as CompetencyCell).n).toBe(2);
  });

  it('a new device starts at the current version with nothing in it', async () => {
    const data = await openAppData();
    expect(await data.teacher.schemaVersion()).toBe(SCHEMA_VERSION);
    expect(data.learners.list()).toEqual([]);
  });
});

describe('the evidence store', () => {
  it('stores each statement with its totals, and they survive a reopen', async () => {
    const data = await openAppData();
    await data.evidence.record(answered({ learner: 'an', success: true }));
    await data.evidence.record(answered({ learner: 'an', success: false, attempt: 3 }));
    const reopened = await openAppData();
    expect((reopened.evidence.rollups.get(cellKey('an', 'nl.tinh-toan')) as CompetencyCell).recent).toEqual([1, 0]);
  });

  it('recounts the totals when a crash left them behind the statements', async () => {
    const data = await openAppData();
    await data.evidence.record(answered({ learner: 'an', success: true }));
    // A statement written, then the tab died before its totals were.
    const lost = answered({ learner: 'an', success: true });
    await set(lost.id, lost, createStore(...DB.statements));
    const reopened = await openAppData();
    await reopened.evidence.recounting;
    expect((reopened.evidence.rollups.get(cellKey('an', 'nl.tinh-toan')) as CompetencyCell).n).toBe(2);
  });

  it('wipes statements and totals but keeps the roster', async () => {
    const data = await openAppData();
    await data.learners.save({ id: 'an', name: 'An', animal: 'meo', color: 'do', archived: false, createdAt: '2026-11-24T08:00:00.000Z' });
    await data.evidence.record(answered({ learner: 'an', success: true }));
    await data.evidence.wipe();
    const reopened = await openAppData();
    expect(await keys(createStore(...DB.statements))).toEqual([]);
    expect(reopened.evidence.rollups.size).toBe(0);
    expect(reopened.learners.list()).toHaveLength(1);
  });
});
