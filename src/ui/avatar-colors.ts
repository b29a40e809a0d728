import type { AvatarColor } from '../model/learners/learner.ts';

/**
 * The avatars' colours, chosen for eight distinct greys (darkest first: tím, nâu, đỏ, xanh dương,
 * cam, xanh lá, hồng, vàng; model/learners/learner.ts hands them out two steps apart).
 */
export const AVATAR_FILL: Record<AvatarColor, string> = {
  tim: '#4a1f73',
  nau: '#7a3e10',
  do: '#e0303f',
  'xanh-duong': '#3d8bf0',
  cam: '#f5892a',
  'xanh-la': '#62d394',
  hong: '#ffb3d1',
  vang: '#ffe74d',
};

/** The grey a colour prints as (luma of its sRGB values, 0 black – 1 white). */
export function greyOf(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b;
}
