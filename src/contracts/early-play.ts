/**
 * What a child did on the first item of an activity drawn before the engine had loaded
 * (src/app/first-item/): the activity's scene takes the play up from there. Types only.
 */
export interface EarlyAnswers {
  /** When the item was shown (ms since the epoch). */
  shownAt: number;
  /** Each answer, in order: the option indices chosen and when. */
  answers: { selected: number[]; at: number }[];
  /** The child asked to hear the question. */
  listen: boolean;
}

/**
 * The page's head script (src/build/first-screen.js) begins decoding the first item's pictures while the page
 * still parses: each decoding by the picture's absolute address, for the first item (src/app/first-item/) to take.
 */
export interface EarlyPictures {
  __lopvuiPictures?: Record<string, Promise<HTMLImageElement>>;
}
