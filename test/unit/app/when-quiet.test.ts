import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from '../../../src/app/when-quiet.ts';

/** The page, as far as whenQuiet sees it: window events and timers (no requestIdleCallback here: a timer stands in). */
const page = new EventTarget();
const tell = (detail: unknown) => page.dispatchEvent(new CustomEvent('lopvui:sound', { detail }));

describe('work that waits until the page is quiet', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', globalThis);
    vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
    vi.stubGlobal('removeEventListener', page.removeEventListener.bind(page));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('starts after the first answer, once', () => {
    const run = vi.fn();
    whenQuiet(run, { afterMs: 4000 });
    tell({ kind: 'narration', how: 'speech', text: 'Có mấy quả táo?' });
    tell({ kind: 'effect', name: 'tap' });
    expect(run).not.toHaveBeenCalled();
    tell({ kind: 'effect', name: 'wrong' });
    tell({ kind: 'effect', name: 'correct' });
    vi.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('else after the wait and an idle moment, once', () => {
    const run = vi.fn();
    whenQuiet(run, { afterMs: 4000 });
    vi.advanceTimersByTime(3999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.runOnlyPendingTimers();
    expect(run).toHaveBeenCalledTimes(1);
    tell({ kind: 'effect', name: 'correct' });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits for the time alone when answers are not its signal', () => {
    const run = vi.fn();
    whenQuiet(run, { onAnswer: false, afterMs: 1000 });
    tell({ kind: 'effect', name: 'correct' });
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    vi.runOnlyPendingTimers();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
