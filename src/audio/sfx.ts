import { Howl } from 'howler';
import { effectSprite, wavFile } from './tone-wav.ts';

/** The feedback effects: a rising chime for right, two soft falling notes for wrong, a tap. */
const EFFECTS = {
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
} as const;

export type Effect = keyof typeof EFFECTS;

let howl: Howl | undefined;

/** One long-lived Howl in Web Audio mode, with every effect in its sprite. */
function effects(): Howl {
  if (howl) return howl;
  const { samples, sprite } = effectSprite(EFFECTS);
  const url = URL.createObjectURL(new Blob([wavFile(samples) as Uint8Array<ArrayBuffer>], { type: 'audio/wav' }));
  howl = new Howl({ src: [url], format: ['wav'], sprite, html5: false });
  return howl;
}

/**
 * Play an effect. Each play is also told to the page as a `lopvui:sound` event, so tests
 * (and a future visual cue when sound is off) know what would be heard.
 */
export function playEffect(name: Effect): void {
  effects().play(name);
  window.dispatchEvent(new CustomEvent('lopvui:sound', { detail: { kind: 'effect', name } }));
}
