import { MAX_BACKUP_BYTES, planMerge, type Backup, type BackupError, type MergePlan } from '../../model/evidence/backup.ts';
import type { Statement } from '../../model/evidence/xapi.ts';
import type { AppData } from '../../store/app-data.ts';
import type { ReaderNews, ReaderRequest } from '../../store/backup-reader.worker.ts';

export type ImportProgress = { phase: 'read' | 'check' | 'write' | 'count'; done: number; total: number };

/** The file read and checked by the worker: the whole backup, or why it was refused. */
function readInWorker(file: File, passphrase: string, progress: (p: ImportProgress) => void): Promise<{ backup: Backup } | { error: BackupError }> {
  const worker = new Worker(new URL('../../store/backup-reader.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    let backup: Backup | undefined;
    const statements: Statement[] = [];
    const end = (r: { backup: Backup } | { error: BackupError }) => (worker.terminate(), resolve(r));
    worker.addEventListener('message', (e: MessageEvent<ReaderNews>) => {
      const news = e.data;
      if (news.type === 'progress') progress(news);
      else if (news.type === 'error') end({ error: news.error });
      else if (news.type === 'envelope') backup = news.backup;
      else if (news.type === 'statements') statements.push(...news.list);
      else if (backup) end({ backup: { ...backup, statements } });
    });
    worker.addEventListener('error', (e) => end({ error: { key: 'syntax', detail: e.message } }));
    worker.postMessage({ file, passphrase, now: Date.now() } satisfies ReaderRequest);
  });
}

/**
 * Import a backup, all or nothing: the size is checked before a byte is read; the file is read
 * and checked to its last field in a worker; then the new statements are written in chunks
 * (the page keeps its turn), then the new learners and judgements; if any write fails, every
 * one made is undone. Only then do the totals count the statements (and the other tabs hear).
 */
export async function importBackup(data: AppData, file: File, passphrase: string, progress: (p: ImportProgress) => void): Promise<{ plan: MergePlan } | { error: BackupError | { key: 'write'; detail: string } }> {
  if (file.size > MAX_BACKUP_BYTES) return { error: { key: 'tooBig' } };
  const read = await readInWorker(file, passphrase, progress);
  if ('error' in read) return read;
  const { evidence, learners, teacher } = data;
  const plan = planMerge({ learners: learners.map, statementIds: await evidence.ids(), judgements: teacher.judgements }, read.backup);
  const total = plan.statements.length;
  let staged: Awaited<ReturnType<typeof evidence.stage>>;
  try {
    staged = await evidence.stage(plan.statements, (done) => progress({ phase: 'write', done, total }));
  } catch (e) {
    return { error: { key: 'write', detail: String(e) } };
  }
  const added: { learners: string[]; judgements: { learner: string; code: string }[] } = { learners: [], judgements: [] };
  try {
    for (const l of plan.learners) {
      await learners.save(l);
      added.learners.push(l.id);
    }
    for (const j of plan.judgements) {
      await teacher.judge(j);
      added.judgements.push(j);
    }
  } catch (e) {
    await staged.undo();
    for (const id of added.learners) await learners.remove(id).catch(() => undefined);
    for (const j of added.judgements) await teacher.unjudge(j.learner, j.code).catch(() => undefined);
    return { error: { key: 'write', detail: String(e) } };
  }
  progress({ phase: 'count', done: total, total });
  await staged.commit();
  return { plan };
}
