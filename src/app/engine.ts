import type { AudioOut, SoundEvent } from '../audio/audio-out.ts';
import type { Stage } from '../engine/game.ts';
import { KIND_SCENES } from '../engine/kinds/index.ts';
import type { Activity } from '../model/activity/schema.ts';
import { hideCaption, showCaption, unlockOnFirstTouch } from '../ui/caption.ts';
import { whenFontsReady } from '../ui/fonts.ts';
import type { TwinLayer } from '../ui/twins.ts';
import { showCue } from '../ui/visual-cues.ts';
import type { Settings } from './settings.ts';
import { countFrame, testSpeed } from './test-speed.ts';
import { whenQuiet } from './when-quiet.ts';

export interface Engine {
  stage: Stage;
  audio: AudioOut;
}

/**
 * Phaser and Howler are their own chunks, loaded once, when first asked for: at once when the page
 * opens on an activity (while the stores open), else while the child looks at the menu (which is
 * plain DOM and drawn first) once it is quiet, so a tile tapped finds them ready. Phaser boots as
 * soon as its code is in; the engine is ready once the font is too (the canvas never draws a first
 * frame in a fallback font). The game loop sleeps until an activity plays.
 */
export class EngineLoader {
  private loading: Promise<Engine> | undefined;
  private engine: Engine | undefined;
  /** The stage as soon as it is made (before the fonts are in), and the activity prepared for it. */
  private made: Stage | undefined;
  private prepared: Activity | undefined;

  constructor(
    private readonly gameRoot: HTMLElement,
    private readonly twins: TwinLayer,
    private readonly settings: Settings,
  ) {}

  get ready(): Promise<Engine> {
    this.loading ??= this.load();
    return this.loading;
  }

  /** On the menu: load once the page is quiet (a second and a half, then an idle moment), never in the way of a first tap. */
  prefetch(): void {
    whenQuiet(() => void this.ready, { onAnswer: false, afterMs: 1500 });
  }

  /**
   * The activity about to play, known early (the page opened on it): its scene's code comes with the
   * engine's, and its pictures load as soon as the stage is made, while the stores open.
   */
  prepare(activity: Activity): void {
    void KIND_SCENES[activity.kind]().catch(() => undefined); // Stage.start asks again, and reports a failure
    this.prepared = activity;
    this.made?.preparePictures(activity, this.settings.lang);
  }

  private async load(): Promise<Engine> {
    const { settings, twins } = this;
    const fonts = whenFontsReady();
    const [{ Stage }, { HowlerSink }, { AudioOut }] = await Promise.all([import('../engine/game.ts'), import('../audio/howler-sink.ts'), import('../audio/audio-out.ts')]);
    // ?bounds: the cards report where their words and marks are (the overlay test reads them).
    const asked = new URLSearchParams(location.search);
    const cardBounds = asked.has('bounds');
    // ?frame-timing: every frame's main-thread work as User Timing entries (npm run bench reads them).
    const frameTiming = asked.has('frame-timing');
    const speed = testSpeed();
    const stage = new Stage(this.gameRoot, { cardBounds, frameTiming, speed, ...(speed !== 1 && { onDrawn: countFrame }) });
    this.made = stage;
    if (this.prepared) stage.preparePictures(this.prepared, settings.lang);
    if (cardBounds) Object.assign(window, { __lopvuiCards: () => stage.cardBounds() });
    stage.pause(); // until an activity plays (Player resumes it)
    settings.onMotion((reduced) => (stage.reducedMotion = reduced));
    twins.observe(stage.canvas);
    const audio = new AudioOut(
      new HowlerSink(),
      () => settings.lang,
      (e) => soundTold(e, settings),
    );
    audio.setMuted(settings.muted);
    settings.onMuted((m) => audio.setMuted(m));
    unlockOnFirstTouch(() => audio.unlock());
    await fonts;
    this.engine = { stage, audio };
    return this.engine;
  }

  /** The stage, once loaded (the twins map onto its canvas). */
  get stage(): Stage | undefined {
    return this.engine?.stage;
  }

  /** Out of play: no voice goes on, the game loop sleeps. */
  pause(): void {
    this.engine?.audio.stop();
    this.engine?.stage.pause();
  }
}

/**
 * Every sound is told to the page (tests listen). One that cannot be heard is shown instead:
 * narration as a caption, feedback as a mark and a word.
 */
function soundTold(e: SoundEvent, settings: Settings): void {
  dispatchEvent(new CustomEvent('lopvui:sound', { detail: e }));
  if (e.kind === 'narration' && e.how === 'none') showCaption(e.text, settings.i18n.t(e.muted ? 'audio.muted' : 'audio.noVoice'));
  if (e.kind === 'effect' && e.muted) showCue(e.name, settings.i18n.t);
  if (e.kind === 'stop') hideCaption();
}
