import type { Statement } from '../model/evidence/xapi.ts';
import { backoff, drainOutbox, type SendResult, type SyncStatus } from '../model/sync/lrs-sync.ts';
import type { OutboxStore } from '../store/outbox-store.ts';
import { loadLastSuccess, loadLrsConfig, saveLastSuccess, type LrsConfig } from '../store/lrs-config.ts';

/**
 * Runs the sync in the page: a while after each answer, when the network comes back, at once
 * when the teacher asks, and after a failure with a growing wait. It stops cleanly when the
 * device goes offline or the teacher stops it; nothing runs until an LRS is configured.
 */
export class SyncRunner {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private running: Promise<void> | undefined;
  private status: SyncStatus = { waiting: 0, unauthorized: false, running: false };

  constructor(
    private readonly outbox: OutboxStore,
    private readonly sender: (config: LrsConfig) => (statements: Statement[]) => Promise<SendResult>,
  ) {
    const last = loadLastSuccess();
    if (last) this.status.lastSuccess = last;
    addEventListener('online', () => this.soon(0));
    addEventListener('offline', () => this.cancel());
  }

  get current(): SyncStatus {
    return this.status;
  }

  /** Something was recorded: send it a little later, with whatever else comes meanwhile. */
  soon(ms = 2000): void {
    if (!loadLrsConfig()?.enabled) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), ms);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Send now (the teacher's "sync now"), or join the run in progress. */
  run(): Promise<void> {
    this.running ??= this.drain().finally(() => (this.running = undefined));
    return this.running;
  }

  async refresh(): Promise<void> {
    this.update({ waiting: await this.outbox.waiting() });
  }

  private async drain(): Promise<void> {
    this.cancel();
    const config = loadLrsConfig();
    if (!config?.enabled) return this.refresh();
    this.update({ running: true });
    const result = await drainOutbox(this.outbox, this.sender(config), { online: () => navigator.onLine }).catch(
      (e: unknown): Awaited<ReturnType<typeof drainOutbox>> => ({ sent: 0, setAside: 0, stoppedBy: { type: 'failed', reason: String(e) } }),
    );
    const stop = result.stoppedBy;
    if (result.sent > 0) {
      const now = Date.now();
      saveLastSuccess(now);
      this.update({ lastSuccess: now });
    }
    if (!stop) {
      this.failures = 0;
      this.update({ running: false, unauthorized: false, lastError: undefined, waiting: await this.outbox.waiting() });
      return;
    }
    this.failures++;
    this.update({ running: false, unauthorized: stop.type === 'unauthorized', lastError: 'reason' in stop ? stop.reason : stop.type, waiting: await this.outbox.waiting() });
    // Offline: the "online" event starts it again. A wrong key waits for the teacher.
    if (navigator.onLine && stop.type !== 'unauthorized') this.soon(backoff(this.failures));
  }

  private update(change: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...change };
    if ('lastError' in change && change.lastError === undefined) delete this.status.lastError;
  }
}
