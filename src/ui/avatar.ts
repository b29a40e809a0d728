import type { TFunction } from 'i18next';
import type { Animal, AvatarColor } from '../model/learners/learner.ts';
import { AVATAR_FILL } from './avatar-colors.ts';

const INK = '#1d2b3a';
const CREAM = '#fff4e0';
const O = `stroke="${INK}" stroke-width="4" stroke-linejoin="round"`;

/** White eyes with dark pupils: they read on every face colour, the darkest too. */
const eyes = (y: number, r = 10, dx = 16) =>
  `<circle cx="${60 - dx}" cy="${y}" r="${r}" fill="#fff" ${O}/><circle cx="${60 + dx}" cy="${y}" r="${r}" fill="#fff" ${O}/><circle cx="${60 - dx + 2}" cy="${y + 1}" r="${r * 0.5}" fill="${INK}"/><circle cx="${60 + dx + 2}" cy="${y + 1}" r="${r * 0.5}" fill="${INK}"/>`;
const smile = (y: number, w = 10) => `<path d="M${60 - w} ${y} q${w} ${w * 0.8} ${w * 2} 0" fill="none" stroke="${INK}" stroke-width="4" stroke-linecap="round"/>`;
const whiskers = (y: number) =>
  `<path d="M40 ${y} L12 ${y - 6} M40 ${y + 6} L12 ${y + 8} M80 ${y} L108 ${y - 6} M80 ${y + 6} L108 ${y + 8}" stroke="${INK}" stroke-width="3" stroke-linecap="round"/>`;
const head = `<circle cx="60" cy="68" r="42" fill="FACE" ${O}/>`;

/**
 * Each animal drawn with its own outline, not only its ears, so that the six tell apart in
 * greyscale and at a glance: the cat's pointed ears and whiskers, the bear's round ears and big
 * muzzle, the rabbit's long ears and teeth, the mouse's huge pink ears and pointed nose, the
 * frog's eyes on top and wide mouth, the owl's tufts, round eye discs and beak.
 */
const ANIMAL: Record<Animal, string> = {
  meo: `<path d="M24 52 L26 10 L56 32 Z M96 52 L94 10 L64 32 Z" fill="FACE" ${O}/><path d="M30 40 L31 22 L45 33 Z M90 40 L89 22 L75 33 Z" fill="#ffb3d1"/>${head}${eyes(60)}<ellipse cx="60" cy="84" rx="14" ry="10" fill="${CREAM}"/><path d="M54 78 L66 78 L60 86 Z" fill="#ff6f91" ${O}/>${whiskers(84)}`,
  gau: `<circle cx="28" cy="32" r="17" fill="FACE" ${O}/><circle cx="92" cy="32" r="17" fill="FACE" ${O}/><circle cx="28" cy="32" r="8" fill="${CREAM}"/><circle cx="92" cy="32" r="8" fill="${CREAM}"/><circle cx="60" cy="70" r="44" fill="FACE" ${O}/>${eyes(58, 8, 18)}<ellipse cx="60" cy="88" rx="24" ry="18" fill="${CREAM}" ${O}/><ellipse cx="60" cy="80" rx="9" ry="6" fill="${INK}"/>${smile(90, 8)}`,
  tho: `<ellipse cx="42" cy="30" rx="11" ry="26" fill="FACE" ${O}/><ellipse cx="78" cy="30" rx="11" ry="26" fill="FACE" ${O}/><ellipse cx="42" cy="32" rx="5" ry="17" fill="#ffb3d1"/><ellipse cx="78" cy="32" rx="5" ry="17" fill="#ffb3d1"/>${head}${eyes(62)}<ellipse cx="60" cy="86" rx="15" ry="11" fill="${CREAM}"/><circle cx="60" cy="80" r="5" fill="#ff6f91"/><rect x="53" y="88" width="14" height="12" rx="2" fill="#fff" ${O}/><path d="M60 88 V100" stroke="${INK}" stroke-width="3"/>`,
  chuot: `<circle cx="25" cy="40" r="22" fill="FACE" ${O}/><circle cx="95" cy="40" r="22" fill="FACE" ${O}/><circle cx="25" cy="40" r="13" fill="#ffb3d1"/><circle cx="95" cy="40" r="13" fill="#ffb3d1"/><path d="M22 66 Q24 36 60 34 Q96 36 98 66 Q92 96 60 110 Q28 96 22 66 Z" fill="FACE" ${O}/>${eyes(64, 8, 16)}<path d="M48 88 Q60 80 72 88 L60 108 Z" fill="${CREAM}"/><circle cx="60" cy="104" r="6" fill="#ff6f91" ${O}/>${whiskers(96)}`,
  ech: `<ellipse cx="60" cy="76" rx="50" ry="36" fill="FACE" ${O}/><circle cx="34" cy="40" r="18" fill="FACE" ${O}/><circle cx="86" cy="40" r="18" fill="FACE" ${O}/>${eyes(40, 11, 26)}<path d="M24 80 Q60 104 96 80" fill="${CREAM}" ${O}/><circle cx="52" cy="64" r="2.5" fill="${INK}"/><circle cx="68" cy="64" r="2.5" fill="${INK}"/>`,
  cu: `<path d="M22 44 L24 8 L48 30 Z M98 44 L96 8 L72 30 Z" fill="FACE" ${O}/><ellipse cx="60" cy="68" rx="44" ry="46" fill="FACE" ${O}/><ellipse cx="60" cy="96" rx="26" ry="16" fill="${CREAM}"/><circle cx="42" cy="58" r="18" fill="#fff" ${O}/><circle cx="78" cy="58" r="18" fill="#fff" ${O}/><circle cx="44" cy="60" r="8" fill="${INK}"/><circle cx="80" cy="60" r="8" fill="${INK}"/><path d="M52 74 L68 74 L60 90 Z" fill="#f5a623" ${O}/>`,
};

/** An avatar as an SVG data URL: no file to fetch, sharp at any size. */
export function avatarUrl(animal: Animal, color: AvatarColor): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120">${ANIMAL[animal].replaceAll('FACE', AVATAR_FILL[color])}</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** "Mèo đỏ", "red cat": how a screen reader names an avatar. */
export function avatarName(t: TFunction, animal: Animal, color: AvatarColor): string {
  return t('avatar.name', { animal: t(`avatar.animals.${animal}`), color: t(`avatar.colors.${color}`) });
}
