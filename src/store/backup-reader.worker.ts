import { checkBackup, type Backup, type BackupError } from '../model/evidence/backup.ts';
import { isProtected, unprotect } from './backup-crypto.ts';
import type { Statement } from '../model/evidence/xapi.ts';

/**
 * Reads a backup off the page's thread: the file's text, the passphrase's lock if it has one,
 * JSON, and the check of every field (model/evidence/backup.ts). Tens of megabytes of JSON take
 * seconds to parse and check; here they never stop a tap. Only once every record is checked do
 * the statements go back, a chunk at a time, each when the page asks for it ('next'): the page
 * holds one chunk at a time, never the whole file.
 */
export type ReaderRequest = { type: 'read'; file: Blob; passphrase: string; now: number } | { type: 'next' };

export type ReaderNews =
  | { type: 'progress'; phase: 'read' | 'check'; done: number; total: number }
  | { type: 'error'; error: BackupError }
  | { type: 'envelope'; backup: Backup; total: number }
  | { type: 'statements'; list: Statement[]; last: boolean };

const CHUNK = 2000;
const post = (news: ReaderNews) => (globalThis as unknown as { postMessage(m: ReaderNews): void }).postMessage(news);

function parse(text: string): { value: unknown } | { error: BackupError } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return { error: { key: 'syntax', detail: (e as Error).message } };
  }
}

let asked: () => void = () => {};
const next = () => new Promise<void>((resolve) => (asked = resolve));

async function read({ file, passphrase, now }: { file: Blob; passphrase: string; now: number }): Promise<void> {
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
  for (let i = 0; i === 0 || i < statements.length; i += CHUNK) {
    await next();
    post({ type: 'statements', list: statements.slice(i, i + CHUNK), last: i + CHUNK >= statements.length });
  }
}

addEventListener('message', (e: MessageEvent<ReaderRequest>) => {
  if (e.data.type === 'next') return asked();
  void read(e.data).catch((err: unknown) => post({ type: 'error', error: { key: 'syntax', detail: String(err) } }));
});
