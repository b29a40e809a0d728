import type { Lang } from '../model/activity/lang.ts';
import type { Effect } from './effects.ts';

/** A recording or an utterance under way: it can be stopped, and says how far it got. */
export interface Playing {
  stop(): void;
  /** Seconds from its start (for read-aloud highlighting). */
  position(): number;
}

/**
 * What actually makes sound: Howler and the browser's speech in the player, a fake that
 * writes down what would be heard in tests. `AudioOut` owns every rule above it.
 */
export interface AudioSink {
  effect(name: Effect): void;
  /** Play a recording; `onEnd` when it finishes (not when stopped). */
  recording(url: string, onEnd: () => void): Playing;
  /** Speak a text; undefined when the device has no speech at all. */
  speak(text: string, lang: Lang, onEnd: () => void): Playing | undefined;
  /** Volume 0–1 for everything; 0 when muted. */
  setVolume(volume: number): void;
  /** Called on the first touch or key: mobile browsers only play sound after one. */
  unlock(): void;
}
