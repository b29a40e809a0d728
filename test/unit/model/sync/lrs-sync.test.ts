import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../../src/model/evidence/xapi.ts';
import { backoff, drainOutbox, MAX_DELAY, type Outbox, type SendResult } from '../../../../src/model/sync/lrs-sync.ts';

const statement = (n: number): Statement =>
  ({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, actor: { objectType: 'Agent', account: { homePage: 'h', name: 'l' } }, verb: { id: 'v' }, object: { id: `o${n}` }, timestamp: new Date(n * 1000).toISOString() }) as unknown as Statement;

/** An outbox in memory, in the order recorded. */
function outboxOf(list: Statement[], missing: string[] = []) {
  const byId = new Map(list.map((s) => [s.id, s]));
  const queue = [...list.map((s) => s.id), ...missing];
  const aside = new Map<string, string>();
  const box: Outbox = {
    next: async (n) => queue.slice(0, n),
    statements: async (ids) => ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
    sent: async (ids) => void ids.forEach((id) => queue.includes(id) && queue.splice(queue.indexOf(id), 1)),
    setAside: async (id, reason) => (aside.set(id, reason), void queue.splice(queue.indexOf(id), 1)),
    waiting: async () => queue.length,
  };
  return { box, queue, aside };
}

/** An LRS that keeps each statement once by id, refuses the invalid ones (400) and may fail. */
function lrs(opts: { invalid?: Set<string>; failAfter?: number; storeThenLoseReply?: number } = {}) {
  const stored = new Map<string, Statement>();
  const posts: number[] = [];
  let calls = 0;
  const send = async (list: Statement[]): Promise<SendResult> => {
    calls++;
    posts.push(list.length);
    if (opts.failAfter !== undefined && calls > opts.failAfter) return { type: 'failed', reason: 'network' };
    if (list.some((s) => opts.invalid?.has(s.id))) return { type: 'rejected', reason: "400: Problem in 'statements.0.verb.id'" };
    for (const s of list) stored.set(s.id, s);
    // The reply is lost on the way back (the network cut mid-batch): stored, but we do not know.
    if (calls === opts.storeThenLoseReply) return { type: 'failed', reason: 'connection reset' };
    return { type: 'stored' };
  };
  return { send, stored, posts };
}

const online = () => true;

describe('sending the outbox to the LRS', () => {
  it('sends everything in batches, oldest first', async () => {
    const list = Array.from({ length: 450 }, (_, i) => statement(i));
    const { box, queue } = outboxOf(list);
    const server = lrs();
    const r = await drainOutbox(box, server.send, { batch: 200, online });
    expect(r).toEqual({ sent: 450, setAside: 0 });
    expect(server.posts).toEqual([200, 200, 50]);
    expect(queue).toEqual([]);
    expect([...server.stored.keys()]).toEqual(list.map((s) => s.id));
  });

  it('finds the one statement the LRS refuses, sets it aside with its reason, and sends the others', async () => {
    const list = Array.from({ length: 10 }, (_, i) => statement(i));
    const { box, aside } = outboxOf(list);
    const server = lrs({ invalid: new Set([list[6]!.id]) });
    const r = await drainOutbox(box, server.send, { batch: 10, online });
    expect(r).toEqual({ sent: 9, setAside: 1 });
    expect([...aside]).toEqual([[list[6]!.id, "400: Problem in 'statements.0.verb.id'"]]);
    expect(server.stored.size).toBe(9);
  });

  it('counts a statement the LRS already has (409) as sent', async () => {
    const { box, queue } = outboxOf([statement(1), statement(2)]);
    const send = async (l: Statement[]): Promise<SendResult> => (l.some((s) => s.id === statement(2).id) ? { type: 'conflict' } : { type: 'stored' });
    expect(await drainOutbox(box, send, { online })).toEqual({ sent: 2, setAside: 0 });
    expect(queue).toEqual([]);
  });

  it('a network cut mid-batch loses and duplicates nothing: the batch is sent again and the LRS keeps each once', async () => {
    const list = Array.from({ length: 30 }, (_, i) => statement(i));
    const { box, queue } = outboxOf(list);
    const server = lrs({ storeThenLoseReply: 2 });
    const first = await drainOutbox(box, server.send, { batch: 10, online });
    expect(first).toMatchObject({ sent: 10, stoppedBy: { type: 'failed' } });
    expect(queue).toHaveLength(20); // the batch whose reply was lost is still queued
    const second = await drainOutbox(box, server.send, { batch: 10, online });
    expect(second).toEqual({ sent: 20, setAside: 0 });
    expect([...server.stored.keys()].sort()).toEqual(list.map((s) => s.id).sort());
  });

  it('stops at once when the device is offline, and on a wrong key', async () => {
    const { box, queue } = outboxOf([statement(1)]);
    const server = lrs();
    expect((await drainOutbox(box, server.send, { online: () => false })).stoppedBy).toMatchObject({ reason: 'offline' });
    expect(server.posts).toEqual([]);
    const refused = await drainOutbox(box, async () => ({ type: 'unauthorized', reason: '401: Unauthorised' }), { online });
    expect(refused.stoppedBy?.type).toBe('unauthorized');
    expect(queue).toHaveLength(1);
  });

  it('drops ids whose statement never reached the store (a crash between the two writes)', async () => {
    const { box, queue } = outboxOf([statement(1)], ['gone']);
    expect(await drainOutbox(box, lrs().send, { online })).toEqual({ sent: 1, setAside: 0 });
    expect(queue).toEqual([]);
  });

  it('waits longer after each failure, up to five minutes', () => {
    expect([1, 2, 3, 4].map(backoff)).toEqual([1000, 2000, 4000, 8000]);
    expect(backoff(30)).toBe(MAX_DELAY);
  });
});
