import { Howl } from 'howler';
import { EFFECTS } from './effect-notes.ts';
import { effectSprite, wavFile } from './tone-wav.ts';

export { EFFECTS, type Effect } from './effect-notes.ts';

/** One long-lived Howl in Web Audio mode, with every effect in its sprite. */
export function effectsHowl(): Howl {
  const { samples, sprite } = effectSprite(EFFECTS);
  const url = URL.createObjectURL(new Blob([wavFile(samples) as Uint8Array<ArrayBuffer>], { type: 'audio/wav' }));
  return new Howl({ src: [url], format: ['wav'], sprite, html5: false });
}
