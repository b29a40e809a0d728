/**
 * This tab, told apart from the device's other tabs: an id kept in sessionStorage (a reload
 * keeps it, another tab has its own) and a Web Lock held under it for the page's life, so
 * another tab can ask whether this one is still open. Two tabs on the same activity then play
 * two sessions, and a tab opened after the first one closed still takes its checkpoint over.
 */
import { v4 as uuid } from 'uuid';

const KEY = 'lopvui.tab';
const lockName = (id: string) => `lopvui.tab.${id}`;
let mine: string | undefined;

/** This tab's id (made at its first start), and from now on the lock that says it is open. */
export function thisTab(): string {
  if (mine) return mine;
  try {
    mine = sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    // no session storage: an id for this page only
  }
  if (!mine) {
    mine = uuid(); // crypto.randomUUID needs a secure context; a school may serve over plain http
    try {
      sessionStorage.setItem(KEY, mine);
    } catch {
      // kept for this page only
    }
  }
  // Never released while the page lives; a reload of this tab queues behind the old page's hold.
  void navigator.locks?.request(lockName(mine), () => new Promise<never>(() => undefined));
  return mine;
}

/** Is the tab `id`, another than this one, open now? (No Web Locks: as if it were closed.) */
export async function otherTabOpen(id: string): Promise<boolean> {
  if (id === thisTab() || !navigator.locks) return false;
  const { held = [] } = await navigator.locks.query();
  return held.some((l) => l.name === lockName(id));
}
