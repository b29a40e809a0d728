import type { Lang } from '../model/activity/lang.ts';
import type { Effect } from './effects.ts';
import type { AudioSink, Playing } from './sink.ts';

/** One thing to say: a text, read from its recording when there is one, else spoken. */
export interface Line {
  text: string;
  recording?: string;
  /** The language the text is in, when not the player's (a Vietnamese syllable in the English player). */
  lang?: Lang;
}

/** How a line reached the child: its recording, speech, or not at all (shown instead). */
export type Heard = 'recording' | 'speech' | 'none';

/** What the player is told about every sound: tests listen to it, the caption shows it. */
export type SoundEvent =
  | { kind: 'effect'; name: Effect; muted: boolean }
  | { kind: 'narration'; how: Heard; text: string; recording?: string; muted: boolean }
  | { kind: 'stop' };

/**
 * Every sound of the player goes through here: feedback effects, and narration as a queue of
 * lines that a new narration replaces (a child who taps again hears the new thing at once,
 * never two voices). Global volume and mute for the projector. A line that cannot be heard
 * (muted, or no recording and no speech) is reported as `none`, so the view shows it instead.
 */
export class AudioOut {
  private queue: Line[] = [];
  private playing: Playing | undefined;
  private generation = 0;
  private unlocked = false;
  private volume = 1;
  private mutedFlag = false;

  constructor(
    private readonly sink: AudioSink,
    private readonly lang: () => Lang,
    private readonly tell: (e: SoundEvent) => void = () => {},
  ) {}

  get muted(): boolean {
    return this.mutedFlag;
  }

  setMuted(muted: boolean): void {
    this.mutedFlag = muted;
    this.sink.setVolume(muted ? 0 : this.volume);
    if (muted) this.stop();
  }

  setVolume(volume: number): void {
    this.volume = Math.min(1, Math.max(0, volume));
    if (!this.mutedFlag) this.sink.setVolume(this.volume);
  }

  /** On the first touch or key press (later calls do nothing). */
  unlock(): void {
    if (this.unlocked) return;
    this.unlocked = true;
    this.sink.unlock();
  }

  effect(name: Effect): void {
    if (!this.mutedFlag) this.sink.effect(name);
    this.tell({ kind: 'effect', name, muted: this.mutedFlag });
  }

  /** Say these lines one after another, stopping whatever was being said. Returns how the first is heard. */
  say(lines: readonly Line[]): Heard {
    this.stop();
    this.queue = lines.filter((l) => l.text || l.recording);
    return this.next();
  }

  /** Seconds into the line being said, or undefined when nothing is. */
  position(): number | undefined {
    return this.playing?.position();
  }

  stop(): void {
    this.generation++;
    this.queue = [];
    if (this.playing) {
      this.playing.stop();
      this.playing = undefined;
      this.tell({ kind: 'stop' });
    }
  }

  private next(): Heard {
    const line = this.queue.shift();
    if (!line) {
      this.playing = undefined;
      return 'none';
    }
    const gen = this.generation;
    const onEnd = () => {
      if (gen === this.generation) this.next();
    };
    let how: Heard = 'none';
    if (!this.mutedFlag) {
      if (line.recording) {
        this.playing = this.sink.recording(line.recording, onEnd);
        how = 'recording';
      } else {
        this.playing = this.sink.speak(line.text, line.lang ?? this.lang(), onEnd);
        if (this.playing) how = 'speech';
      }
    }
    this.tell({ kind: 'narration', how, text: line.text, muted: this.mutedFlag, ...(line.recording && { recording: line.recording }) });
    // Nothing to wait for: the next lines go on at once (each is shown by the view).
    if (how === 'none') this.next();
    return how;
  }
}
