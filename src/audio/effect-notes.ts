// The effects' notes, apart from Howler (effects.ts plays them): the first item drawn before the
// engine (src/app/first-item/) plays the same ones with the page's own audio.

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
