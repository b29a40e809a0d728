import { isTeacherRoute } from '../../model/teacher/gate-rules.ts';

/** Dispatched on window while the teacher's area works for the teacher (an import's progress). */
export const BUSY = 'lopvui:teacher-busy';

/**
 * Whether the teacher's area is open, and what closes it: leaving it by any route (the router
 * calls `follow` with every address it shows, so play, a lesson, the menu, Back and a typed
 * address all lock it), being left untouched for the idle time, and the page being hidden
 * (the tablet put away, another app, the screen off).
 */
export class TeacherSession {
  private open = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly idleMs: () => number,
    /** Locked while the area is on screen (idle, hidden): the router shows the gate again. */
    private readonly onLocked: () => void,
  ) {
    // Work the teacher started counts as use too (BUSY: a long import must not be cut by the idle lock).
    for (const type of ['pointerdown', 'keydown', 'input', 'wheel', BUSY]) addEventListener(type, () => this.touch(), { capture: true, passive: true });
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.lockHere());
  }

  get unlocked(): boolean {
    return this.open;
  }

  unlock(): void {
    this.open = true;
    this.touch();
  }

  /** Closed on purpose (the Lock button) or by leaving. */
  lock(): void {
    this.open = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Every address the router shows passes here first: any address outside the area locks it. */
  follow(hash: string): void {
    if (!isTeacherRoute(hash)) this.lock();
  }

  /** The teacher did something: the idle time starts again. */
  private touch(): void {
    if (!this.open) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.lockHere(), this.idleMs());
  }

  private lockHere(): void {
    if (!this.open) return;
    this.lock();
    this.onLocked();
  }
}
