/**
 * Work that must not compete with the child's first question (the service worker's precache, the
 * engine fetched while the menu shows) starts when the page is quiet: after the first answer, or once
 * the page has been up a while and the main thread has an idle moment. A slow tablet spends its first
 * seconds parsing and drawing; this keeps them for what the child sees.
 */
export function whenQuiet(run: () => void, opts: { afterMs?: number; onAnswer?: boolean } = {}): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    removeEventListener('lopvui:sound', answered);
    run();
  };
  // The first answer (a correct or wrong effect told, see main.ts's soundTold): the question has been seen.
  const answered = (e: Event) => {
    const d = (e as CustomEvent<{ kind?: string; name?: string }>).detail;
    if (d?.kind === 'effect' && (d.name === 'correct' || d.name === 'wrong')) once();
  };
  if (opts.onAnswer !== false) addEventListener('lopvui:sound', answered);
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(once, { timeout: 2000 }) : setTimeout(once, 0));
  setTimeout(idle, opts.afterMs ?? 0);
}
