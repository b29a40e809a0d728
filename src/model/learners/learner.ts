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

/** The first avatar no learner on the roster has yet, so that every child's picture differs. */
export function freeAvatar(taken: readonly Pick<Learner, 'animal' | 'color'>[]): { animal: Animal; color: AvatarColor } {
  const used = new Set(taken.map((l) => `${l.animal}/${l.color}`));
  for (const color of AVATAR_COLORS) for (const animal of ANIMALS) if (!used.has(`${animal}/${color}`)) return { animal, color };
  const n = taken.length;
  return { animal: ANIMALS[n % ANIMALS.length] as Animal, color: AVATAR_COLORS[Math.floor(n / ANIMALS.length) % AVATAR_COLORS.length] as AvatarColor };
}
