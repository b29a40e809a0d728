import '../zod-jitless.ts';
import { checkBackup, type Backup, type BackupError } from '../model/evidence/backup.ts';
import { isProtected, unprotect } from '../model/evidence/backup-crypto.ts';
import type { Statement } from '../model/evidence/xapi.ts';

/**
 * Reads a backup off the page's thread: the file's text, the passphrase's lock if it has one,
 * JSON, and the check of every field (model/evidence/backup.ts). Tens of megabytes of JSON take
 * seconds to parse and check; here they never stop a tap. The statements go back in chunks,
 * each small enough for the page to take in at once.
 */
export interface ReaderRequest {
  file: Blob;
  passphrase: string;
  now: number;
}

export type ReaderNews =
  | { type: 'progress'; phase: 'read' | 'check'; done: number; total: number }
  | { type: 'error'; error: BackupError }
  | { type: 'envelope'; backup: Backup; total: number }
  | { type: 'statements'; list: Statement[] }
  | { type: 'done' };

const CHUNK = 2000;
const post = (news: ReaderNews) => (globalThis as unknown as { postMessage(m: ReaderNews): void }).postMessage(news);

function parse(text: string): { value: unknown } | { error: BackupError } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return { error: { key: 'syntax', detail: (e as Error).message } };
  }
}

async function read({ file, passphrase, now }: ReaderRequest): Promise<void> {
  post({ type: 'progress', phase: 'read', done: 0, total: 1 });
  let parsed = parse(await file.text());
  if ('error' in parsed) return post({ type: 'error', error: parsed.error });
  if (isProtected(parsed.value)) {
    const text = passphrase ? await unprotect(parsed.value, passphrase) : undefined;
    if (text === undefined) return post({ type: 'error', error: { key: 'passphrase' } });
    parsed = parse(text);
    if ('error' in parsed) return post({ type: 'error', error: parsed.error });
  }
  const checked = checkBackup(parsed.value, now, (done, total) => post({ type: 'progress', phase: 'check', done, total }));
  if ('error' in checked) return post({ type: 'error', error: checked.error });
  const { statements, ...rest } = checked.backup;
  post({ type: 'envelope', backup: { ...rest, statements: [] }, total: statements.length });
  for (let i = 0; i < statements.length; i += CHUNK) post({ type: 'statements', list: statements.slice(i, i + CHUNK) });
  post({ type: 'done' });
}

addEventListener('message', (e: MessageEvent<ReaderRequest>) => void read(e.data).catch((err: unknown) => post({ type: 'error', error: { key: 'syntax', detail: String(err) } })));
