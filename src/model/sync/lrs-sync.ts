import type { Statement } from '../evidence/xapi.ts';

/** What the LRS answered to one POST of statements. */
export type SendResult =
  | { type: 'stored' }
  /** It has a statement with one of these ids already (409): ours are never changed, so it is sent. */
  | { type: 'conflict' }
  /** 400: one of them is invalid; `reason` is the LRS's own words. */
  | { type: 'rejected'; reason: string }
  /** 401, 403: the key or the secret is wrong; nothing will pass until the teacher fixes them. */
  | { type: 'unauthorized'; reason: string }
  /** No network, a timeout, a 5xx: try again later. */
  | { type: 'failed'; reason: string };

/** The queue of statements to send, kept in IndexedDB beside the statements themselves. */
export interface Outbox {
  /** The oldest queued ids, at most `n`. */
  next(n: number): Promise<string[]>;
  /** The statements of these ids (an id whose statement is gone is left out). */
  statements(ids: string[]): Promise<Statement[]>;
  /** Sent (or already in the LRS): out of the queue. */
  sent(ids: string[]): Promise<void>;
  /** The LRS refused it: out of the queue, kept aside with the reason for the teacher. */
  setAside(id: string, reason: string): Promise<void>;
  waiting(): Promise<number>;
}

export interface SyncStatus {
  waiting: number;
  /** When the last batch was stored (ms since 1970). */
  lastSuccess?: number;
  /** Why the last attempt failed, while it is failing. */
  lastError?: string;
  unauthorized: boolean;
  running: boolean;
}

export const BATCH = 200;
export const MIN_DELAY = 1000;
export const MAX_DELAY = 5 * 60_000;

/** The wait before the next try after `failures` failures in a row: 1 s, 2 s, 4 s … 5 min. */
export const backoff = (failures: number) => Math.min(MAX_DELAY, MIN_DELAY * 2 ** Math.max(0, failures - 1));

/**
 * Sends the outbox to the LRS in batches, oldest first. A batch the LRS refuses (400) is
 * split in halves until the one statement it refuses is found and set aside: the others go on.
 * A failure (network, server) stops the run; the caller tries again after `backoff`.
 */
export async function drainOutbox(
  outbox: Outbox,
  send: (statements: Statement[]) => Promise<SendResult>,
  opts: { batch?: number; online: () => boolean },
): Promise<{ sent: number; setAside: number; stoppedBy?: SendResult }> {
  let sent = 0;
  let setAside = 0;
  const batch = opts.batch ?? BATCH;
  /** Send these statements; false when the run must stop. */
  const push = async (list: Statement[]): Promise<SendResult | undefined> => {
    const result = await send(list);
    if (result.type === 'stored' || (result.type === 'conflict' && list.length === 1)) {
      await outbox.sent(list.map((s) => s.id));
      sent += list.length;
      return undefined;
    }
    if ((result.type === 'rejected' || result.type === 'conflict') && list.length > 1) {
      const half = Math.ceil(list.length / 2);
      return (await push(list.slice(0, half))) ?? (await push(list.slice(half)));
    }
    if (result.type === 'rejected') {
      await outbox.setAside(list[0]!.id, result.reason);
      setAside++;
      return undefined;
    }
    return result;
  };
  for (;;) {
    if (!opts.online()) return { sent, setAside, stoppedBy: { type: 'failed', reason: 'offline' } };
    const ids = await outbox.next(batch);
    if (ids.length === 0) return { sent, setAside };
    const list = await outbox.statements(ids);
    // Ids queued whose statement never reached the store (a crash between the two writes).
    const missing = ids.filter((id) => !list.some((s) => s.id === id));
    if (missing.length) await outbox.sent(missing);
    if (list.length === 0) continue;
    const stop = await push(list);
    if (stop) return { sent, setAside, stoppedBy: stop };
  }
}
