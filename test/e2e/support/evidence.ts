import type { Page } from '@playwright/test';
import type { Statement } from '../../../src/model/evidence/xapi.ts';

/** Every statement in the evidence store, read back from IndexedDB itself, oldest first. */
export function readEvidence(page: Page): Promise<Statement[]> {
  return page.evaluate(
    () =>
      new Promise<Statement[]>((resolve, reject) => {
        const open = indexedDB.open('lopvui-evidence');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('statements')) return resolve([]);
          const req = db.transaction('statements').objectStore('statements').getAll();
          req.onsuccess = () => resolve((req.result as Statement[]).sort((a, b) => a.timestamp.localeCompare(b.timestamp)));
          req.onerror = () => reject(req.error);
        };
      }),
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
