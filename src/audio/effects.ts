import { Howl } from 'howler';
import { effectSprite, wavFile } from './tone-wav.ts';

/** The feedback effects: a rising chime for right, two soft falling notes for wrong, a tap. */
export const EFFECTS = {
  correct: [
    { freq: 523.25, dur: 0.12 },
    { freq: 659.25, dur: 0.12 },
    { freq: 783.99, dur: 0.28 },
  ],
  wrong: [
    { freq: 330, dur: 0.16 },
    { freq: 262, dur: 0.26 },
  ],
  tap: [{ freq: 880, dur: 0.06 }],
  finish: [
    { freq: 523.25, dur: 0.1 },
    { freq: 659.25, dur: 0.1 },
    { freq: 783.99, dur: 0.1 },
    { freq: 1046.5, dur: 0.4 },
  ],
  /** A soft rising pair: something on a story page was found. */
  discover: [
    { freq: 659.25, dur: 0.08 },
    { freq: 987.77, dur: 0.18 },
  ],
} as const;

export type Effect = keyof typeof EFFECTS;

/** One long-lived Howl in Web Audio mode, with every effect in its sprite. */
export function effectsHowl(): Howl {
  const { samples, sprite } = effectSprite(EFFECTS);
  const url = URL.createObjectURL(new Blob([wavFile(samples) as Uint8Array<ArrayBuffer>], { type: 'audio/wav' }));
  return new Howl({ src: [url], format: ['wav'], sprite, html5: false });
}
