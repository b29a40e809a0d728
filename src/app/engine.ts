import type { AudioOut, SoundEvent } from '../audio/audio-out.ts';
import type { Stage } from '../engine/game.ts';
import { hideCaption, showCaption, unlockOnFirstTouch } from '../ui/caption.ts';
import { whenFontsReady } from '../ui/fonts.ts';
import type { TwinLayer } from '../ui/twins.ts';
import { showCue } from '../ui/visual-cues.ts';
import type { Settings } from './settings.ts';
import { countFrame, testSpeed } from './test-speed.ts';

export interface Engine {
  stage: Stage;
  audio: AudioOut;
}

/**
 * Phaser and Howler are their own chunks: fetched while the child looks at the menu (which is
 * plain DOM and drawn at once), ready when a tile is tapped. The canvas waits for the font.
 */
export class EngineLoader {
  readonly ready: Promise<Engine>;
  private engine: Engine | undefined;

  constructor(gameRoot: HTMLElement, twins: TwinLayer, settings: Settings) {
    this.ready = Promise.all([import('../engine/game.ts'), import('../audio/howler-sink.ts'), import('../audio/audio-out.ts'), whenFontsReady()]).then(([{ Stage }, { HowlerSink }, { AudioOut }]) => {
      // ?bounds: the cards report where their words and marks are (the overlay test reads them).
      const cardBounds = new URLSearchParams(location.search).has('bounds');
      const speed = testSpeed();
      const stage = new Stage(gameRoot, { cardBounds, speed, ...(speed !== 1 && { onDrawn: countFrame }) });
      if (cardBounds) Object.assign(window, { __lopvuiCards: () => stage.cardBounds() });
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
      this.engine = { stage, audio };
      return this.engine;
    });
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
