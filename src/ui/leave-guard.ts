import type { TFunction } from 'i18next';
import { h } from './dom.ts';

/**
 * The back gesture (a swipe from the tablet's edge, the browser's back button) asks before
 * leaving an activity: a child brushing the edge of the screen does not lose the game. One
 * extra history entry stands in front of the activity; going back past it asks, and "stay"
 * puts it back.
 */
export class LeaveGuard {
  private armed = false;
  /** The activity's address when the guard was set. */
  private at = '';
  /** The question, while it is asked. */
  private dialog: HTMLDialogElement | undefined;

  constructor(
    private readonly t: () => TFunction,
    private readonly leave: () => void,
  ) {
    addEventListener('popstate', (e) => {
      if (!this.armed || (e.state as { lopvuiGuard?: boolean } | null)?.lopvuiGuard) return;
      this.armed = false;
      // Back lands on the activity's own address; a new address (typed by the teacher, a
      // link) is a grown-up's deliberate move, and the router takes it without asking.
      if (location.hash === this.at) this.ask();
    });
  }

  /** An activity started: stand in front of it. */
  arm(): void {
    if (this.armed) return;
    history.pushState({ lopvuiGuard: true }, '');
    this.at = location.hash;
    this.armed = true;
  }

  /** The activity is left on purpose (home button, end screen): no question. */
  disarm(): void {
    this.armed = false;
    // Left by another way while asking (Back again, a typed address): the question goes with the activity.
    this.dialog?.close();
    this.dialog?.remove();
    this.dialog = undefined;
  }

  private ask(): void {
    const t = this.t();
    const stay = h('button', { type: 'button', class: 'button', autofocus: true }, t('leave.stay'));
    const go = h('button', { type: 'button', class: 'button quiet' }, t('leave.go'));
    const dialog = h('dialog', { class: 'leave', 'aria-labelledby': 'leave-q' }, h('h2', { id: 'leave-q' }, `${t('leave.question')}`), h('p', {}, t('leave.detail')), h('div', { class: 'actions' }, stay, go));
    const close = (leave: boolean) => {
      dialog.close();
      dialog.remove();
      this.dialog = undefined;
      if (leave) this.leave();
      else this.arm();
    };
    stay.addEventListener('click', () => close(false));
    go.addEventListener('click', () => close(true));
    // Escape means "stay": the safe answer for a child.
    dialog.addEventListener('cancel', (e) => (e.preventDefault(), close(false)));
    this.dialog = dialog;
    document.body.append(dialog);
    dialog.showModal();
  }
}
