import { describe, expect, it, vi } from 'vitest';
import type { Statement } from '../../../src/model/evidence/xapi.ts';
import { EvidenceRecorder } from '../../../src/store/evidence-store.ts';
import { localJournal } from '../../../src/store/journal.ts';
import { memoryStorage } from '../../support/memory-storage.ts';

const st = (id: string, t = '2026-11-24T08:00:00.000Z') => ({ id, timestamp: t }) as Statement;

describe('the write-ahead journal', () => {
  it('holds a statement from the moment it is answered until it is stored', async () => {
    const storage = memoryStorage();
    const journal = localJournal(storage);
    let release: () => void = () => {};
    const r = new EvidenceRecorder(() => new Promise<void>((resolve) => (release = resolve)), journal);
    const writing = r.record(st('a'));
    // The write is in flight: killed now, the journal still has it.
    expect(journal.all().map((s) => s.id)).toEqual(['a']);
    release();
    await writing;
    expect(journal.all()).toEqual([]);
  });

  it('gives back only entries older than a moment (a younger one is another tab\'s write in flight), oldest first', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const journal = localJournal(memoryStorage());
    journal.add(st('b', '2026-11-24T08:00:02.000Z'));
    journal.add(st('a', '2026-11-24T08:00:01.000Z'));
    vi.setSystemTime(1_010_000);
    journal.add(st('c', '2026-11-24T08:00:03.000Z'));
    expect(journal.all(Date.now() - 5000).map((s) => s.id)).toEqual(['a', 'b']);
    expect(journal.all().map((s) => s.id)).toEqual(['a', 'b', 'c']);
    // When the youngest was journaled: the store looks again once it is old enough (a reload right after an answer).
    expect(journal.youngest()).toBe(1_010_000);
    expect(localJournal(memoryStorage()).youngest()).toBeUndefined();
    vi.useRealTimers();
  });

  it('drops an entry it cannot read, and never throws when storage refuses', () => {
    const storage = memoryStorage();
    storage.setItem('lopvui.j.x', '{broken');
    const journal = localJournal(storage);
    expect(journal.all()).toEqual([]);
    expect(storage.map.has('lopvui.j.x')).toBe(false);
    const full = localJournal({ ...storage, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } });
    expect(() => full.add(st('y'))).not.toThrow();
  });
});
