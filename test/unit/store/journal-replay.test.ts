import 'fake-indexeddb/auto';
import { createStore, keys } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cellKey, type CompetencyCell } from '../../../src/model/evidence/rollup.ts';
import { openAppData } from '../../../src/store/app-data.ts';
import { DB, forgetOpenStores } from '../../../src/store/idb.ts';
import { memoryStorage } from '../../support/memory-storage.ts';
import { answered } from '../../support/statements.ts';

const stored = () => keys<string>(createStore(...DB.statements));
const counted = (data: Awaited<ReturnType<typeof openAppData>>) => (data.evidence.rollups.get(cellKey('an', 'nl.tinh-toan')) as CompetencyCell | undefined)?.n ?? 0;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  forgetOpenStores();
  globalThis.localStorage = memoryStorage();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  delete (globalThis as { localStorage?: Storage }).localStorage;
});

describe('the journal after a reload', () => {
  it('an answer whose write the reload cut off is stored in this same visit, once old enough, and counted once', async () => {
    // The clock is the test's: a slow machine must not let the delayed look fall inside the full-disk moment below.
    // fake-indexeddb schedules with setImmediate, which stays real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    // Answered 4.8 s ago, just before the page reloaded: journaled, never written.
    const cut = answered({ learner: 'an', success: true });
    localStorage.setItem(`lopvui.j.${cut.id}`, JSON.stringify({ at: Date.now() - 4800, s: cut }));
    const data = await openAppData();
    // Too young at the start: perhaps another tab's write still in flight.
    expect(await stored()).toEqual([]);
    // This tab answers meanwhile, on a full disk: its answer waits in memory and in the journal.
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await data.evidence.record(answered({ learner: 'an', success: true }));
    expect(counted(data)).toBe(1);
    put.mockRestore();
    // Once 5 s old it is stored in this visit; this tab's young answer is left to its own write, counted once.
    expect(await stored()).not.toContain(cut.id);
    await vi.advanceTimersByTimeAsync(250);
    await vi.waitFor(async () => expect(await stored()).toContain(cut.id));
    expect(counted(data)).toBe(2);
    expect(localStorage.getItem(`lopvui.j.${cut.id}`)).toBeNull();
  });
});
