import type { TFunction } from 'i18next';
import type { Animal, AvatarColor } from '../model/learners/learner.ts';

const FILL: Record<AvatarColor, string> = {
  do: '#e63946',
  cam: '#f4a261',
  vang: '#ffd166',
  'xanh-la': '#52b788',
  'xanh-duong': '#4895ef',
  tim: '#9d4edd',
  hong: '#ff8fab',
  nau: '#a0522d',
};

/** Ears (or what stands for them) of each animal, drawn over a round face. */
const EARS: Record<Animal, string> = {
  meo: '<path d="M22 40 L28 8 L50 28 Z M98 40 L92 8 L70 28 Z" fill="FACE" stroke="#1d2b3a" stroke-width="4" stroke-linejoin="round"/>',
  gau: '<circle cx="26" cy="26" r="16" fill="FACE" stroke="#1d2b3a" stroke-width="4"/><circle cx="94" cy="26" r="16" fill="FACE" stroke="#1d2b3a" stroke-width="4"/>',
  tho: '<ellipse cx="42" cy="18" rx="10" ry="26" fill="FACE" stroke="#1d2b3a" stroke-width="4"/><ellipse cx="78" cy="18" rx="10" ry="26" fill="FACE" stroke="#1d2b3a" stroke-width="4"/>',
  chuot: '<circle cx="22" cy="34" r="22" fill="FACE" stroke="#1d2b3a" stroke-width="4"/><circle cx="98" cy="34" r="22" fill="FACE" stroke="#1d2b3a" stroke-width="4"/>',
  ech: '<circle cx="38" cy="30" r="17" fill="FACE" stroke="#1d2b3a" stroke-width="4"/><circle cx="82" cy="30" r="17" fill="FACE" stroke="#1d2b3a" stroke-width="4"/>',
  cu: '<path d="M24 30 L34 6 L48 26 Z M96 30 L86 6 L72 26 Z" fill="FACE" stroke="#1d2b3a" stroke-width="4" stroke-linejoin="round"/><circle cx="45" cy="62" r="16" fill="#fff" stroke="#1d2b3a" stroke-width="3"/><circle cx="75" cy="62" r="16" fill="#fff" stroke="#1d2b3a" stroke-width="3"/>',
};

/** An avatar as an SVG data URL: no file to fetch, sharp at any size. */
export function avatarUrl(animal: Animal, color: AvatarColor): string {
  const face = FILL[color];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120">${EARS[animal].replaceAll('FACE', face)}<circle cx="60" cy="68" r="44" fill="${face}" stroke="#1d2b3a" stroke-width="4"/><circle cx="45" cy="62" r="6" fill="#1d2b3a"/><circle cx="75" cy="62" r="6" fill="#1d2b3a"/><path d="M48 84 q12 10 24 0" fill="none" stroke="#1d2b3a" stroke-width="4" stroke-linecap="round"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** "Mèo đỏ", "red cat": how a screen reader names an avatar. */
export function avatarName(t: TFunction, animal: Animal, color: AvatarColor): string {
  return t('avatar.name', { animal: t(`avatar.animals.${animal}`), color: t(`avatar.colors.${color}`) });
}
