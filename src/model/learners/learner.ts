import type { Stage } from './stage.ts';

/** Avatars a child recognises without reading: an animal and a colour. */
export const ANIMALS = ['meo', 'gau', 'tho', 'chuot', 'ech', 'cu'] as const;
export const AVATAR_COLORS = ['do', 'cam', 'vang', 'xanh-la', 'xanh-duong', 'tim', 'hong', 'nau'] as const;
export type Animal = (typeof ANIMALS)[number];
export type AvatarColor = (typeof AVATAR_COLORS)[number];

export interface Learner {
  /** Opaque local id: the xAPI account name. Never shown, never a name. */
  id: string;
  name: string;
  animal: Animal;
  color: AvatarColor;
  archived: boolean;
  createdAt: string;
  /**
   * Mầm non age group or lớp: which framework the child's evidence counts toward, and where the
   * menu starts. Absent for learners from before stages existed: the teacher is asked, and
   * until then the evidence is kept but counts toward no framework (no guess from what was played).
   */
  stage?: Stage;
}

/** The learner that stands for the whole class when the teacher plays on the projector. */
export const WHOLE_CLASS_ID = 'ca-lop';

/**
 * A learner's name as the teacher types it: 1–40 characters, no markup or control characters
 * (a name travels in backups from tablet to tablet, so it must never carry code).
 */
export function validName(name: string): boolean {
  const n = name.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what a name may not hold
  return n.length >= 1 && n.length <= 40 && !/[<>{}\\`\u0000-\u001f\u007f]/.test(n);
}

/**
 * The colours from darkest to lightest in greyscale (ui/avatar.ts draws them so): avatars of the
 * same animal given close together take colours two steps apart, so a child who sees colours
 * poorly (or a greyscale print of the class list) still tells them apart.
 */
export const COLORS_BY_GREY: readonly AvatarColor[] = ['tim', 'nau', 'do', 'xanh-duong', 'cam', 'xanh-la', 'hong', 'vang'];
const STEP = [0, 2, 4, 6, 1, 3, 5, 7];

/**
 * The k-th avatar handed out: the animal turns every time, the colour too (the first six children
 * differ in both), and all 48 animal–colour pairs come once before any comes again.
 */
export function avatarAt(k: number): { animal: Animal; color: AvatarColor } {
  const n = ANIMALS.length;
  const a = k % n;
  const round = Math.floor(k / n) % STEP.length;
  return { animal: ANIMALS[a]!, color: COLORS_BY_GREY[(a + STEP[round]!) % COLORS_BY_GREY.length]! };
}

/** The first avatar no learner on the roster has yet, so that every child's picture differs. */
export function freeAvatar(taken: readonly Pick<Learner, 'animal' | 'color'>[]): { animal: Animal; color: AvatarColor } {
  const used = new Set(taken.map((l) => `${l.animal}/${l.color}`));
  const all = ANIMALS.length * AVATAR_COLORS.length;
  for (let k = 0; k < all; k++) {
    const av = avatarAt(k);
    if (!used.has(`${av.animal}/${av.color}`)) return av;
  }
  return avatarAt(taken.length);
}

/** A Vietnamese full name is family, middle, given: "Nguyễn Thị Lan" is Lan. */
export const givenName = (name: string): string => name.trim().split(/\s+/).at(-1) ?? '';

// Made when first needed: a Vietnamese collator costs a slow tablet tens of milliseconds to make, and
// this module is on the first screen's path, where nothing is sorted yet.
let collator: Intl.Collator | undefined;

/** The class list's order in Vietnam: by given name (Vietnamese collation), then by the full name. */
export function byGivenName(a: Pick<Learner, 'name'>, b: Pick<Learner, 'name'>): number {
  collator ??= new Intl.Collator('vi');
  return collator.compare(givenName(a.name), givenName(b.name)) || collator.compare(a.name, b.name);
}
