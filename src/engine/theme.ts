import type * as Phaser from 'phaser';

/** The design size: everything is laid out at 1280×720 and fitted to the screen with letterbox. */
export const DESIGN = { width: 1280, height: 720 } as const;

/**
 * Right and wrong: green and red by default; blue and vermillion (Okabe–Ito) for colour-blind
 * children. Either way a ✓ or ✗ is drawn too: colour is never the only sign.
 */
const PALETTES = {
  standard: { ok: 0x2a9d8f, okFill: 0xd8f3dc, no: 0xb23a48 },
  colourBlind: { ok: 0x0072b2, okFill: 0xd6eaf8, no: 0xd55e00 },
} as const;
export type PaletteName = keyof typeof PALETTES;
/** The one piece of state here: the palette the teacher chose (set by the app from the settings). */
let palette: PaletteName = 'standard';

/** The canvas's colours. Frozen: right and wrong are read from the palette chosen, never written. */
export const COLORS = Object.freeze({
  paper: 0xfff8e7,
  ink: 0x1d2b3a,
  brand: 0x3d5a80,
  card: 0xffffff,
  selected: 0xf4a261,
  get ok(): number {
    return PALETTES[palette].ok;
  },
  get okFill(): number {
    return PALETTES[palette].okFill;
  },
  get no(): number {
    return PALETTES[palette].no;
  },
  star: 0xffb703,
  starEmpty: 0xd9d4c7,
});

/** Set before an activity starts; textures drawn in a colour carry the palette in their key. */
export function usePalette(name: PaletteName): void {
  palette = name;
}
export const paletteName = (): PaletteName => palette;

/** A colour as CSS writes it, for a Text's colour. */
export const hexColor = (c: number): string => `#${c.toString(16).padStart(6, '0')}`;

export const FONT = 'Nunito';
/** The school handwriting model's font (Playwrite VN), for model letters; loaded by the app before a trace starts. */
export const HANDWRITING_FONT = '"Playwrite VN"';

/**
 * Every text style shares this test string: Phaser measures line height with it, and its
 * default (`|MEqgy`) clips the stacked marks of Vietnamese capitals (Ể, Ỗ, Ậ).
 */
export const TEST_STRING = '|ỄỖẬÉgyq';

/** Room above and below a text's lines: a tone mark over a capital is never cut off. */
export const textPadding = (size: number) => ({ top: Math.ceil(size * 0.12), bottom: Math.ceil(size * 0.06) });

export function textStyle(size: number, extra: Phaser.Types.GameObjects.Text.TextStyle = {}): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: FONT,
    fontSize: `${size}px`,
    fontStyle: '800',
    color: '#1d2b3a',
    align: 'center',
    testString: TEST_STRING,
    padding: textPadding(size),
    ...extra,
  };
}

/**
 * The smallest touch target at the design size: 80, so that a 4:3 tablet (1024 px wide, the
 * design area at 0.8) still gives a child's fingertip 64 px.
 */
export const MIN_TARGET = 80;
