import { DESIGN } from '../theme.ts';

/** A box by its centre, in design units. */
export interface Spot {
  x: number;
  y: number;
  size: number;
}

export interface PathLayout {
  readonly tall: boolean;
  /** Where the grid may lie (it keeps square cells, centred in this box). */
  readonly grid: { x: number; y: number; w: number; h: number };
  /** The largest cell. */
  readonly maxCell: number;
  /** The palette's k-th card. */
  palette(k: number): Spot;
  /** The program's i-th card. */
  program(i: number): Spot;
  /** Clear (⌫) and Run (▶). */
  readonly clear: { x: number; y: number; w: number; h: number };
  readonly run: { x: number; y: number; w: number; h: number };
}

/**
 * The visible room below the design area on a portrait screen (Phaser's EXPAND: the game is as
 * wide as the design, taller than it), from which the program moves under the grid. A portrait
 * tablet (768×1024) draws the design area at 0.6: a card of 84 units there was 50 px, under a
 * fingertip's 64. Under the grid there is room for cards of 108 units and more (65 px).
 */
const TALL_FROM = 420;

/** The layout for a game `gameWidth`×`gameHeight` (the design area centred in it). */
export function pathLayout(gameWidth: number, gameHeight: number): PathLayout {
  const below = (gameHeight - DESIGN.height) / 2;
  if (gameHeight > gameWidth && below >= TALL_FROM) return tallLayout();
  return wideLayout();
}

/** A screen on its side: the grid on the left, the cards, the program and the buttons on the right. */
function wideLayout(): PathLayout {
  return {
    tall: false,
    grid: { x: 40, y: 120, w: 600, h: 570 },
    maxCell: 96,
    palette: (k) => ({ x: 760 + (k % 4) * 110, y: 170 + Math.floor(k / 4) * 100, size: 92 }),
    // 84 px cards (67 px on a 4:3 tablet), five to a row: room for 15 under the palette.
    program: (i) => ({ x: 750 + (i % 5) * 100, y: 372 + Math.floor(i / 5) * 90, size: 84 }),
    clear: { x: 820, y: 640, w: 200, h: 84 },
    run: { x: 1040, y: 640, w: 200, h: 84 },
  };
}

/**
 * A portrait screen: the grid fills the design area's width; under it one row of palette cards
 * with Clear and Run, then the program, ten to a row (two rows: the longest program, 20 cards).
 */
function tallLayout(): PathLayout {
  const step = 124;
  const top = DESIGN.height + 80;
  return {
    tall: true,
    grid: { x: 40, y: 120, w: DESIGN.width - 80, h: 570 },
    maxCell: 130,
    palette: (k) => ({ x: 90 + k * step, y: top, size: 112 }),
    program: (i) => ({ x: DESIGN.width / 2 + ((i % 10) - 4.5) * step, y: top + 140 + Math.floor(i / 10) * step, size: 108 }),
    clear: { x: 890, y: top, w: 200, h: 112 },
    run: { x: 1130, y: top, w: 200, h: 112 },
  };
}
