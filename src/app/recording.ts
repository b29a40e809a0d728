import type { Statement } from '../model/evidence/xapi.ts';
import type { AppData } from '../store/app-data.ts';
import type { LrsConfig } from '../store/lrs-config.ts';
import { SyncRunner } from '../sync/sync-runner.ts';

/**
 * Where statements go: the device's evidence store, then, when a teacher set a school LRS, the
 * outbox sends them there in batches (the xAPI client is its own chunk, fetched only then).
 */
export class Recording {
  readonly sync: SyncRunner;

  constructor(private readonly data: AppData) {
    this.sync = new SyncRunner(data.outbox, (config) => async (statements) => (await import('../sync/lrs-client.ts')).sender(config, this.withNames(config))(statements));
    this.sync.soon(0);
    // Nothing already answered waits in memory when the tab is hidden or closed.
    addEventListener('pagehide', () => void data.evidence.recorder.flush());
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void data.evidence.recorder.flush());
    // Answers held nowhere but here (both storages failed): closing the tab asks first, never loses them silently.
    addEventListener('beforeunload', (e) => data.evidence.recorder.memoryOnly > 0 && e.preventDefault());
  }

  readonly record = (s: Statement): void => {
    // User Timing: the main-thread cost of recording an answer shows in DevTools and in npm run bench.
    const start = performance.now();
    void this.data.evidence.record(s);
    performance.measure('lopvui:record', { start });
    this.sync.soon();
  };

  /** Learners go to the LRS by their local id, by name only if the teacher chose so. */
  private withNames(config: LrsConfig) {
    return (s: Statement): Statement => {
      const name = config.sendNames ? this.data.learners.get(s.actor.account.name)?.name : undefined;
      return name ? { ...s, actor: { ...s.actor, name } } : s;
    };
  }
}
