/**
 * How the player looks and behaves on this device, chosen by the teacher. Kept in
 * localStorage beside the language, read synchronously so the first screen is already right.
 */
export const MODES = ['tablet', 'projector'] as const;
export const MOTIONS = ['system', 'reduce', 'full'] as const;
export const PALETTES = ['standard', 'colourBlind'] as const;
export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
/** Minutes the teacher's area stays open untouched (model/teacher/gate-rules.ts). */
export const IDLE_LOCKS = ['1', '5', '15'] as const;

export interface Prefs {
  /** A shared tablet for children, or a projector driven by the teacher's keys and clicker. */
  mode: (typeof MODES)[number];
  /** Follow the device's "reduce motion", or force it either way. */
  motion: (typeof MOTIONS)[number];
  /** Right and wrong in blue and orange (safe for every common colour blindness); always with ✓ and ✗. */
  palette: (typeof PALETTES)[number];
  textSize: (typeof TEXT_SIZES)[number];
  /** The teacher's area locks itself after this many minutes untouched. */
  idleLock: (typeof IDLE_LOCKS)[number];
}

export const DEFAULT_PREFS: Prefs = { mode: 'tablet', motion: 'system', palette: 'standard', textSize: 'normal', idleLock: '5' };

const KEY = 'lopvui.prefs';

/** Unknown or damaged values fall back to the default, field by field. */
export function parsePrefs(raw: string | null): Prefs {
  let o: Record<string, unknown> = {};
  try {
    const v: unknown = raw ? JSON.parse(raw) : {};
    if (v && typeof v === 'object' && !Array.isArray(v)) o = v as Record<string, unknown>;
  } catch {
    // damaged: defaults
  }
  const one = <T extends string>(list: readonly T[], v: unknown, d: T): T => (list.includes(v as T) ? (v as T) : d);
  return {
    mode: one(MODES, o.mode, DEFAULT_PREFS.mode),
    motion: one(MOTIONS, o.motion, DEFAULT_PREFS.motion),
    palette: one(PALETTES, o.palette, DEFAULT_PREFS.palette),
    textSize: one(TEXT_SIZES, o.textSize, DEFAULT_PREFS.textSize),
    idleLock: one(IDLE_LOCKS, o.idleLock, DEFAULT_PREFS.idleLock),
  };
}

/** Whether motion is reduced, given the setting and the device's own preference. */
export function motionReduced(p: Prefs, systemReduces: boolean): boolean {
  return p.motion === 'reduce' || (p.motion === 'system' && systemReduces);
}

/** The scale of the player's own text (menus, captions, the teacher's area). */
export const TEXT_SCALE: Record<Prefs['textSize'], number> = { normal: 1, large: 1.2, larger: 1.4 };

export function loadPrefs(): Prefs {
  try {
    return parsePrefs(localStorage.getItem(KEY));
  } catch {
    return { ...DEFAULT_PREFS };
  }
}

export function savePrefs(p: Prefs): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(p));
  } catch {
    // storage off: the choice lasts until reload
  }
}
