import { testSpeed } from './test-speed.ts';

let moved: Promise<void> | undefined;

/**
 * Resolves just after the first thing a person does (a tap, a key, a wheel, a tile tapped, a file dragged in)
 * or once the first screen has been up `ms` and the main thread is idle; the same promise for every
 * caller. The menu shows before the player has started, and the player starts then: a slow tablet
 * answers the first tap at once, not after the stores open (issue 17: the menu's first tap). A tap counts
 * once it ends (pointerup), and the player starts in a task of its own after it: its modules' evaluation
 * and the rest of the menu's layout never delay the tap's own click (the tile's link), which a press
 * (pointerdown) did. The end-to-end tests' speed shortens the wait, as it does the game's own pauses.
 */
export function firstMove(ms = 1000): Promise<void> {
  moved ??= new Promise((go) => {
    const events = ['pointerup', 'keydown', 'wheel', 'hashchange', 'dragover'] as const;
    const once = () => {
      for (const e of events) removeEventListener(e, once, true);
      setTimeout(go);
    };
    for (const e of events) addEventListener(e, once, { capture: true, once: true });
    setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(once, { timeout: 1000 }) : once()), ms / testSpeed());
  });
  return moved;
}
