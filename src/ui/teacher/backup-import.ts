import { MAX_BACKUP_BYTES, planMerge, type BackupError, type Conflict, type MergePlan } from '../../model/evidence/backup.ts';
import type { AppData } from '../../store/app-data.ts';
import type { ReaderNews, ReaderRequest } from '../../store/backup-reader.worker.ts';

export type ImportProgress = { phase: 'read' | 'check' | 'write' | 'count'; done: number; total: number };
type Refusal = BackupError | { key: 'write'; detail: string };
/** What an import added: new statements and learners, statements already here (skipped), differences kept local. */
export interface ImportSummary {
  statements: number;
  learners: number;
  known: number;
  conflicts: Conflict[];
}
type Outcome = { summary: ImportSummary } | { error: Refusal };

/**
 * Import a backup, all or nothing: the size is checked before a byte is read; a worker reads
 * the file and checks it to its last field before anything is written; then the new
 * statements are written a chunk at a time (the page keeps its turn between chunks and holds
 * one chunk at a time), then the new learners and judgements. If any write fails, every one
 * made is taken back. Only then do the totals count the import (and the other tabs hear).
 */
export async function importBackup(data: AppData, file: File, passphrase: string, progress: (p: ImportProgress) => void): Promise<Outcome> {
  if (file.size > MAX_BACKUP_BYTES) return { error: { key: 'tooBig' } };
  const { evidence, learners, teacher } = data;
  const worker = new Worker(new URL('../../store/backup-reader.worker.ts', import.meta.url), { type: 'module' });
  const ask = (r: ReaderRequest) => worker.postMessage(r);
  const importer = evidence.beginImport();
  const known = await evidence.ids();
  const seen = new Set<string>();
  let plan: MergePlan | undefined;
  let total = 0;
  let read = 0;
  let added = 0;

  /** Each message in turn, one at a time (the next is asked for only when this one is written). */
  const handle = async (news: ReaderNews): Promise<Outcome | undefined> => {
    if (news.type === 'progress') return void progress(news);
    if (news.type === 'error') return { error: news.error };
    if (news.type === 'envelope') {
      plan = planMerge({ learners: learners.map, statementIds: known, judgements: teacher.judgements }, news.backup);
      total = news.total;
      return void ask({ type: 'next' });
    }
    if (!plan) return { error: { key: 'notBackup' } };
    const fresh = news.list.filter((s) => !known.has(s.id) && !seen.has(s.id) && Boolean(seen.add(s.id)));
    plan.known += news.list.length - fresh.length;
    try {
      await importer.add(fresh);
    } catch (e) {
      return { error: { key: 'write', detail: String(e) } };
    }
    added += fresh.length;
    read += news.list.length;
    progress({ phase: 'write', done: read, total });
    if (!news.last) return void ask({ type: 'next' });
    return finish(plan);
  };

  const finish = async (p: MergePlan): Promise<Outcome> => {
    const written: { learners: string[]; judgements: { learner: string; code: string }[] } = { learners: [], judgements: [] };
    try {
      for (const l of p.learners) {
        await learners.save(l);
        written.learners.push(l.id);
      }
      for (const j of p.judgements) {
        await teacher.judge(j);
        written.judgements.push(j);
      }
    } catch (e) {
      await importer.undo();
      for (const id of written.learners) await learners.remove(id).catch(() => undefined);
      for (const j of written.judgements) await teacher.unjudge(j.learner, j.code).catch(() => undefined);
      return { error: { key: 'write', detail: String(e) } };
    }
    progress({ phase: 'count', done: total, total });
    await importer.commit();
    return { summary: { statements: added, learners: p.learners.length, known: p.known, conflicts: p.conflicts } };
  };

  try {
    return await new Promise((resolve) => {
      let queue = Promise.resolve();
      worker.addEventListener('message', (e: MessageEvent<ReaderNews>) => {
        queue = queue
          .then(async () => {
            const r = await handle(e.data);
            if (r) resolve(r);
          })
          .catch(async (err: unknown) => {
            await importer.undo();
            resolve({ error: { key: 'write', detail: String(err) } });
          });
      });
      worker.addEventListener('error', (e) => resolve({ error: { key: 'syntax', detail: e.message } }));
      ask({ type: 'read', file, passphrase, now: Date.now() });
    });
  } finally {
    worker.terminate();
  }
}
