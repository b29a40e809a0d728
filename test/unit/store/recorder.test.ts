import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Statement } from '../../../src/model/evidence/xapi.ts';
import { EvidenceRecorder } from '../../../src/store/evidence-store.ts';

const st = (id: string) => ({ id }) as Statement;

describe('EvidenceRecorder', () => {
  afterEach(() => vi.useRealTimers());

  it('stores each statement at once', async () => {
    const saved: string[] = [];
    const r = new EvidenceRecorder(async (s) => void saved.push(s.id));
    await r.record(st('a'));
    await r.record(st('b'));
    expect(saved).toEqual(['a', 'b']);
    expect(r.pending).toBe(0);
  });

  it('keeps statements in memory while storage fails, and stores them, once each, when it recovers', async () => {
    vi.useFakeTimers();
    let full = true;
    const saved: string[] = [];
    const r = new EvidenceRecorder(async (s) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      saved.push(s.id);
    });
    await r.record(st('a'));
    await r.record(st('b'));
    expect(r.pending).toBe(2);
    full = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['a', 'b']);
    expect(r.pending).toBe(0);
  });
});
