import type { EarlyAnswers } from '../contracts/early-play.ts';
/**
 * What a person does before the player has loaded (the menu the build writes shows first, see
 * start.ts), held until the player can answer it, and answered once.
 */

// A file dragged onto the page: the browser must not open it in place of the player, and the player
// opens it once it is here (main.ts takes them for file-import.ts).
const held: File[][] = [];
let dropsTaken = false;

function over(e: DragEvent): void {
  if (dropsTaken || !e.dataTransfer?.types.includes('Files')) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
}

function drop(e: DragEvent): void {
  if (dropsTaken || !e.dataTransfer?.files.length) return;
  e.preventDefault();
  held.push([...e.dataTransfer.files]);
}

/** From the first moment: files dropped are held. */
export function holdDrops(): void {
  addEventListener('dragover', over);
  addEventListener('drop', drop);
}

/** The files dropped so far; from now on the player's own listeners answer. */
export function takeDrops(): File[][] {
  dropsTaken = true;
  removeEventListener('dragover', over);
  removeEventListener('drop', drop);
  return held.splice(0);
}

// A control of the build's menu (a language, who plays, the sound): pressed again by the menu once the
// player shows it (MenuPage.show); from then on the menu's own listener answers.
let pressed: string | undefined;
let pressTaken = false;

function remember(e: Event): void {
  const el = (e.target as Element).closest<HTMLElement>('[data-action]:not(a)');
  if (pressTaken || !el) return;
  // The same control by what it does: the player may have drawn it anew.
  pressed = `[data-action="${el.dataset.action}"]${el.dataset.value ? `[data-value="${el.dataset.value}"]` : ''}`;
}

// The player's own key on the menu, M for the sound (shortcuts.ts), is held and told again once the player
// listens (takeKeys). No other: Enter and Space on a tile open it already (its link; index.html's own script,
// src/build/first-screen.js), and a key told again once the activity it opened is there would act on it.
const keys: { target: EventTarget; init: KeyboardEventInit }[] = [];

function key(e: KeyboardEvent): void {
  if (pressTaken || e.defaultPrevented || e.key.toLowerCase() !== 'm' || e.ctrlKey || e.metaKey || e.altKey) return;
  keys.push({ target: e.target ?? document.body, init: { key: e.key, code: e.code, shiftKey: e.shiftKey, bubbles: true, cancelable: true } });
}

export function holdPresses(menu: HTMLElement): void {
  menu.addEventListener('click', remember);
  addEventListener('keydown', key);
  // Pressed before this ran: index.html's own script counted them (src/build/first-screen.js), and stops now.
  const root = document.documentElement;
  root.setAttribute('data-keys-held', '');
  for (let n = Number(root.getAttribute('data-early-m')) || 0; n > 0; n--) keys.push({ target: document.body, init: { key: 'm', code: 'KeyM', bubbles: true, cancelable: true } });
  root.removeAttribute('data-early-m');
}

/**
 * The lessons whose tile was tapped on the build's menu before the player had loaded (once): index.html's
 * own script marks the tile (src/build/first-screen.js), as a tap may come before any other code has run.
 */
export function takeLessonTaps(): string[] {
  return [...document.querySelectorAll<HTMLElement>('#menu[data-prerendered] a[data-tapped]')].map((a) => {
    delete a.dataset.tapped;
    return a.dataset.value ?? '';
  });
}

/** The control pressed before, if any (once). */
export function takePress(): string | undefined {
  pressTaken = true;
  const p = pressed;
  pressed = undefined;
  return p;
}

/**
 * The keys pressed before, told again to the player's listeners (once, after they are installed): the end of
 * what is held. A control pressed but not taken (the page went to an activity before the menu showed) is
 * forgotten, not pressed later when a child comes back to the menu.
 */
export function takeKeys(): void {
  pressTaken = true;
  pressed = undefined;
  removeEventListener('keydown', key);
  for (const { target, init } of keys.splice(0)) {
    const at = target instanceof Node && target.isConnected ? target : document.body;
    at.dispatchEvent(new KeyboardEvent('keydown', init));
  }
}

/** The first item of an activity played before the player had loaded (src/app/first-item/). */
export interface EarlyPlay extends EarlyAnswers {
  activityId: string;
  /** The play's seed: the order its options were shown in. */
  seed: number;
  /**
   * The scene adds its first twin: the early item's input ends (the scene answers from then on, and
   * replays `answers` after this), its twins go, and this is the place of the one that had the keyboard
   * focus (-1: none). Until then the early item still answers taps and keys.
   */
  handOver(): number;
  /** The activity's scene is drawn (or will not be): the early item's input ends, its drawing and twins go. */
  release(): void;
}

let early: EarlyPlay | undefined;

/** Held until the player plays that activity. */
export function holdEarlyPlay(play: EarlyPlay): void {
  early = play;
}

/** Whether an early play of that activity is held (its item is on the screen and answers still). */
export const holdsEarlyPlay = (activityId: string): boolean => early?.activityId === activityId;

/** The early play of that activity, if any (once). It answers on until its scene takes over (handOver). */
export function takeEarlyPlay(activityId: string): EarlyPlay | undefined {
  const e = early;
  if (!e || e.activityId !== activityId) return undefined;
  early = undefined;
  return e;
}

/** The child went elsewhere: no early play is held for the player any more (its drawing goes by itself). */
export function dropEarlyPlay(): void {
  early = undefined;
}
