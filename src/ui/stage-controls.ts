import type { TFunction } from 'i18next';
import type { SceneControls } from '../contracts/scene-controls.ts';
import { turnDevice } from './turn-device.ts';
import { h } from './dom.ts';
import { domIcon, type DomIcon } from './icons.ts';
import { announce } from './live.ts';

export interface StageControlsOptions {
  t: () => TFunction;
  projector: () => boolean;
  muted: () => boolean;
  restart(): void;
  toggleMute(): void;
  /** Switch who the evidence is for (a child / the whole class); returns the sentence to say. */
  toggleWholeClass(): string;
  timeUp(): void;
}

type Action = 'previous' | 'reveal' | 'next' | 'restart' | 'mute' | 'wholeClass' | 'timer' | 'blank';
/** The keys shown on the bar (aria-keyshortcuts) and in the README. */
const KEYS: Record<Action, string> = {
  previous: 'PageUp', reveal: 'R', next: 'PageDown', restart: 'Home', mute: 'M', wholeClass: 'W', timer: 'T', blank: 'B',
};
const TIMER_STEP = 60;

/**
 * The teacher's hands on a running activity, by keyboard, presentation clicker or the bar at
 * the bottom of the projected stage (mouse never needed). PageDown / PageUp (and → / ← when
 * focus is not moving among the canvas buttons) go to the next / previous item; R reveals the
 * answer; Home restarts; W toggles the whole class as the learner; T starts a countdown (again:
 * one more minute; Shift+T stops it); B or . blanks the screen, any key brings it back.
 * M (mute) is the player's own, everywhere. On a tablet only a story's pages turn by keys.
 */
export class StageControls {
  private scene: SceneControls = {};
  private readonly bar: HTMLElement;
  private readonly buttons = new Map<Action, HTMLButtonElement>();
  private readonly clock: HTMLElement;
  private readonly blank: HTMLElement;
  private remaining = 0;
  private tick: ReturnType<typeof setInterval> | undefined;
  private readonly sayTurn: (text: string) => void;

  constructor(
    private readonly stage: HTMLElement,
    private readonly o: StageControlsOptions,
  ) {
    this.bar = h('div', { id: 'teacher-bar', role: 'toolbar' });
    this.clock = h('div', { id: 'countdown', role: 'timer', hidden: true });
    this.blank = h('div', { id: 'blank', hidden: true });
    stage.append(this.bar, this.clock);
    this.sayTurn = turnDevice(stage);
    document.body.append(this.blank);
    addEventListener('keydown', (e) => this.onKey(e));
  }

  /** A scene started: its controls replace the last scene's. */
  set(c: SceneControls): void {
    this.scene = c;
    this.render();
  }

  /** The stage is left: no scene controls, no timer, screen back. */
  clear(): void {
    this.scene = {};
    this.stopTimer();
    this.blank.hidden = true;
  }

  render(): void {
    const t = this.o.t();
    this.bar.setAttribute('aria-label', t('controls.bar'));
    this.sayTurn(t('controls.turn'));
    this.buttons.clear();
    const button = (a: Action) => {
      const icon: DomIcon = a === 'mute' ? (this.o.muted() ? 'muted' : 'sound') : a;
      const b = h('button', { type: 'button', 'aria-keyshortcuts': KEYS[a], title: `${t(`controls.${a}`)} (${KEYS[a]})` }, domIcon(icon), h('span', { class: 'label' }, t(`controls.${a}`)));
      b.addEventListener('click', () => this.act(a));
      this.buttons.set(a, b);
      return b;
    };
    this.bar.replaceChildren(
      button('previous'), button('reveal'), button('next'), button('restart'),
      button('mute'), button('wholeClass'), button('timer'), button('blank'),
    );
    for (const a of ['previous', 'reveal', 'next'] as const) this.buttons.get(a)?.setAttribute('aria-disabled', String(!this.scene[a]));
  }

  private act(a: Action, shift = false): void {
    const t = this.o.t();
    switch (a) {
      case 'previous':
      case 'next':
      case 'reveal': {
        const f = this.scene[a];
        return f ? f() : announce(t('controls.notHere'));
      }
      case 'restart':
        return this.o.restart();
      case 'mute':
        this.o.toggleMute();
        return this.render();
      case 'wholeClass':
        return announce(this.o.toggleWholeClass());
      case 'timer':
        return shift ? this.stopTimer() : this.addMinute();
      case 'blank':
        this.blank.hidden = !this.blank.hidden;
        return;
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (this.stage.hidden || e.ctrlKey || e.metaKey || e.altKey) return;
    if ((e.target as HTMLElement).closest?.('input, textarea, select, dialog')) return;
    if (!this.blank.hidden) {
      // Any key brings the screen back (as in presentation software), and does nothing else.
      e.preventDefault();
      this.blank.hidden = true;
      return;
    }
    const onTwin = !!(e.target as HTMLElement).closest?.('#twins');
    const projector = this.o.projector();
    const paging = projector || this.scene.paged;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    let action: Action | undefined;
    if (paging && (key === 'PageDown' || (key === 'ArrowRight' && !onTwin))) action = 'next';
    else if (paging && (key === 'PageUp' || (key === 'ArrowLeft' && !onTwin))) action = 'previous';
    else if (projector) action = ({ r: 'reveal', Home: 'restart', w: 'wholeClass', t: 'timer', b: 'blank', '.': 'blank' } as const)[key];
    if (!action) return;
    e.preventDefault();
    this.act(action, e.shiftKey);
  }

  private addMinute(): void {
    this.remaining += TIMER_STEP;
    this.showClock();
    this.tick ??= setInterval(() => {
      this.remaining -= 1;
      this.showClock();
      if (this.remaining > 0) return;
      this.stopTimer(false);
      this.clock.hidden = false;
      this.clock.classList.add('up');
      this.clock.textContent = this.o.t()('controls.timeUp');
      announce(this.o.t()('controls.timeUp'));
      this.o.timeUp();
    }, 1000);
    announce(this.o.t()('controls.timerSet', { minutes: Math.ceil(this.remaining / 60) }));
  }

  private showClock(): void {
    const m = Math.floor(this.remaining / 60);
    const s = this.remaining % 60;
    this.clock.classList.remove('up');
    this.clock.hidden = false;
    this.clock.textContent = `${m}:${String(s).padStart(2, '0')}`;
  }

  private stopTimer(hide = true): void {
    clearInterval(this.tick);
    this.tick = undefined;
    this.remaining = 0;
    if (hide) this.clock.hidden = true;
  }
}
