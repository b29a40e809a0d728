import type { Page } from '@playwright/test';
import type { Statement } from '../../../src/model/evidence/xapi.ts';

/**
 * Every statement in the evidence store, read back from IndexedDB itself, oldest first. First
 * the writes in flight land: each answer is journaled in localStorage at once and its entry goes
 * when IndexedDB has it (src/store/journal.ts), so the read waits until the journal is empty (at
 * most 5 s: a test of a failing store reads what is there).
 */
export function readEvidence(page: Page): Promise<Statement[]> {
  return page.evaluate(
    async () => {
      const journaled = () => Object.keys(localStorage).some((k) => k.startsWith('lopvui.j.'));
      for (const until = Date.now() + 5000; journaled() && Date.now() < until; ) await new Promise((r) => setTimeout(r, 20));
      return new Promise<Statement[]>((resolve, reject) => {
        const open = indexedDB.open('lopvui-evidence');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('statements')) return resolve([]);
          const req = db.transaction('statements').objectStore('statements').getAll();
          req.onsuccess = () => resolve((req.result as Statement[]).sort((a, b) => a.timestamp.localeCompare(b.timestamp)));
          req.onerror = () => reject(req.error);
        };
      });
    },
  );
}

/** The xAPI verbs the player records, by the last part of their id. */
export type Verb = 'answered' | 'completed' | 'experienced';

/** The statements of one verb. */
export const withVerb = (list: Statement[], verb: Verb): Statement[] => list.filter((s) => s.verb.id.endsWith(`/${verb}`));

/** The answers stored so far (every try, right or wrong). */
export const answered = async (page: Page): Promise<Statement[]> => withVerb(await readEvidence(page), 'answered');

/** The completions stored so far (activities and lessons). */
export const completed = async (page: Page): Promise<Statement[]> => withVerb(await readEvidence(page), 'completed');
