import { DESIGN } from '../theme.ts';

// Where the frame's top buttons go on a screen: plain arithmetic, no Phaser (tested alone).

/** A child's fingertip on the screen, in CSS pixels: the project's smallest target. */
export const FINGERTIP_PX = 64;
/** The frame's top buttons at the design size: the room every kind lays out around (frame.ts). */
const FRAME_BUTTON = 84;

/** Where the frame's left top button goes (the right one mirrors it), and how big, in design units. */
export interface FramePlace {
  size: number;
  x: number;
  y: number;
}

/**
 * The frame's top buttons (home, listen) on a screen of `gameWidth`×`gameHeight` game units shown
 * at `pxPerUnit` CSS pixels each: at the design area's top corners, as every kind lays out around.
 * Where that makes them smaller than a fingertip (a portrait tablet shows the area at 0.6, 50 px),
 * they grow to one and go up into the paper above the area, which such a screen has plenty of: the
 * activity itself does not move.
 */
export function frameButtonPlace(gameWidth: number, gameHeight: number, pxPerUnit: number): FramePlace {
  // (roundButton keeps every button at MIN_TARGET or more; the frame's 84 is above it already.)
  const needed = Math.max(FRAME_BUTTON, Math.ceil(FINGERTIP_PX / pxPerUnit));
  // Where the design area sits in the game (as stage-fit.ts centres it): the paper left of it and above it.
  const off = { x: (gameWidth - DESIGN.width) / 2, y: (gameHeight - DESIGN.height) / 2 };
  const margin = 12;
  if (needed <= FRAME_BUTTON || off.y < needed + 2 * margin) return { size: FRAME_BUTTON, x: 64, y: 60 };
  return { size: needed, x: -off.x + margin + needed / 2, y: -off.y + margin + needed / 2 };
}
