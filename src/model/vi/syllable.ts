import { stripTone, withTone, type Tone } from './tones.ts';

/**
 * A Vietnamese syllable as schools teach it (Tiếng Việt 1): âm đầu (onset) + vần (rhyme) +
 * thanh (tone). "bà" = b + a + huyền; "quả" = qu + a + hỏi; "giếng" = gi + iêng + sắc (one i
 * is written); "ăn" has no onset. Everything here is NFC: composed and decomposed input agree.
 */
export interface Syllable {
  onset: string;
  rhyme: string;
  tone: Tone;
}

/** Where a tone mark goes on oa, oe, uy without a final consonant: hòa (old) or hoà (new). */
export type MarkStyle = 'old' | 'new';

export const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'] as const;

const VOWELS = 'aăâeêioôơuưy';
const isVowel = (ch: string | undefined) => ch !== undefined && VOWELS.includes(ch);
/**
 * The vần of Vietnamese as written without their tone (Tiếng Việt 1, QĐ 1989/QĐ-BGDĐT spelling):
 * per nucleus, the finals it takes. ă and â never end a syllable (ăn, ân; never "bă"); iê, uô, ươ
 * need a final (biển, muốn, được) and are written ia, ua, ưa without one (bia, mua, mưa); yê
 * begins a syllable or follows u (yên, khuyên); o and u as the medial glide (hoa, thuê, quý).
 * After qu the u belongs to the âm đầu: quả = qu + a, quý = qu + y.
 */
const BY_NUCLEUS: Record<string, string> = {
  a: '- c ch i m n ng nh o p t u y',
  ă: 'c m n ng p t',
  â: 'c m n ng p t u y',
  e: '- c m n ng o p t',
  ê: '- ch m n nh p t u',
  i: '- a ch m n nh p t u',
  iê: 'c m n ng p t u',
  yê: 'm n t u',
  o: '- c i m n ng p t',
  oo: 'c ng',
  ô: '- c i m n ng p t',
  ơ: '- i m n p t',
  u: '- a c i m n ng p t',
  uô: 'c i m n ng t',
  ư: '- a c i ng t u',
  ươ: 'c i m n ng p t u',
  y: '- ch nh t',
  oa: '- c ch i m n ng nh p t y',
  oă: 'c m n ng t',
  oe: '- n o t',
  uâ: 'n ng t y',
  uê: '- ch nh',
  uy: '- a ch n nh t u',
  uyê: 'n t',
  uơ: '-',
};
export const RHYMES: ReadonlySet<string> = new Set(Object.entries(BY_NUCLEUS).flatMap(([nucleus, finals]) => finals.split(' ').map((f) => nucleus + (f === '-' ? '' : f))));

/** Whether a text is a vần as written without its tone ("an", "ương"; not "ă", not "uô"). */
export const isRhyme = (rhyme: string) => RHYMES.has(rhyme.normalize('NFC'));

/** Lower case, NFC, trimmed: how every comparison sees a text. */
export const normalizeVi = (s: string) => s.normalize('NFC').trim().toLowerCase();

/** Split a syllable into onset, rhyme and tone; undefined when it is not one syllable. */
export function splitSyllable(text: string): Syllable | undefined {
  const { base, tone } = stripTone(normalizeVi(text));
  const onset = ONSETS.find((o) => base.startsWith(o)) ?? '';
  let rhyme = base.slice(onset.length);
  // gi before a consonant or iê writes one i for two: gìn = gi + in, giếng = gi + iêng.
  if (onset === 'gi' && !isVowel(rhyme[0])) rhyme = `i${rhyme}`;
  else if (onset === 'gi' && rhyme.startsWith('ê')) rhyme = `i${rhyme}`;
  if (!RHYMES.has(rhyme) || !fitsOnset(onset, rhyme)) return undefined;
  return { onset, rhyme, tone };
}

/**
 * Where the onset limits the rhyme: after qu no second u or o (the glide is in qu); yê only with
 * no onset or after the u glide (uyên, quyên), iê never alone (yên, not "iên"); "y" alone after an onset only
 * where schools write it (kỹ, lý, mỹ, quý…): any onset, as both i and y are taught.
 */
function fitsOnset(onset: string, rhyme: string): boolean {
  if (onset === 'qu' && /^[uoư]/.test(rhyme)) return false;
  if (rhyme.startsWith('yê')) return onset === '' || onset === 'qu';
  // y with a final only after qu (quýt, quỳnh): elsewhere the glide is written u (huých, huỳnh).
  if (/^y(ch|nh|t)$/.test(rhyme)) return onset === 'qu';
  if (rhyme.startsWith('iê') && onset === '') return false;
  return true;
}

/** A text that is one Vietnamese syllable as schools write it: a real vần, the spelling rules kept, a tone its vần allows. */
export function isSyllable(text: string): boolean {
  const s = splitSyllable(text);
  return s !== undefined && spellingRule(s.onset, s.rhyme) === undefined && toneFits(s.rhyme, s.tone);
}

/** Write onset + rhyme + tone as one syllable, the mark where the style puts it. */
export function composeSyllable(s: Syllable, style: MarkStyle = 'new'): string {
  const onset = normalizeVi(s.onset);
  const rhyme = normalizeVi(s.rhyme);
  const at = toneIndex(rhyme, style);
  const toned = at < 0 ? rhyme : rhyme.slice(0, at) + withTone(rhyme[at]!, s.tone) + rhyme.slice(at + 1);
  // gi + in → gin, gi + iêng → giêng: the rhyme's i is the one written.
  return onset === 'gi' && rhyme.startsWith('i') ? `g${toned}` : onset + toned;
}

/** The index in the rhyme of the vowel that carries the tone mark (-1 when it has none). */
export function toneIndex(rhyme: string, style: MarkStyle): number {
  let end = 0;
  while (isVowel(rhyme[end])) end++;
  if (end === 0) return -1;
  const cluster = rhyme.slice(0, end);
  const hasFinal = end < rhyme.length;
  // A vowel with its own mark (ơ ê â ă ô) takes the tone: the last one (ươ → ơ).
  for (let i = end - 1; i >= 0; i--) if ('ơêâăô'.includes(cluster[i]!)) return i;
  const u = cluster.indexOf('ư');
  if (u >= 0) return u;
  if (hasFinal) return end - 1; // toán, tuýt, ách
  if (end === 3) return 1; // oái, khuỷu, ngoẹo
  if (end === 2) return style === 'new' && ['oa', 'oe', 'uy'].includes(cluster) ? 1 : 0;
  return 0;
}

/** Which style a written syllable uses, when it shows (a marked oa, oe or uy with nothing after). */
export function markStyleOf(text: string): MarkStyle | undefined {
  const s = splitSyllable(text);
  if (!s || s.tone === 'ngang' || !['oa', 'oe', 'uy'].includes(s.rhyme)) return undefined;
  const written = normalizeVi(text);
  return written === composeSyllable(s, 'new') ? 'new' : written === composeSyllable(s, 'old') ? 'old' : undefined;
}

/** The same syllable however it is written: hoà = hòa, NFD = NFC, Bà = bà. */
export function sameSyllable(a: string, b: string): boolean {
  const x = splitSyllable(a);
  const y = splitSyllable(b);
  if (!x || !y) return normalizeVi(a) === normalizeVi(b);
  return x.onset === y.onset && x.rhyme === y.rhyme && x.tone === y.tone;
}

/** A rhyme ending in p, t, c or ch is said short: only sắc or nặng fit it ("cát", "vịt", never "càt"). */
export function toneFits(rhyme: string, tone: Tone): boolean {
  return !/(p|t|c|ch)$/.test(normalizeVi(rhyme)) || tone === 'sac' || tone === 'nang';
}

/**
 * A spelling rule the parts break, if any: k, gh, ngh come before e, ê, i (and y); c, g, ng
 * before the other vowels. "c + e" is not written; "k + e" is.
 */
export function spellingRule(onset: string, rhyme: string): string | undefined {
  const front = /^[eêiy]/.test(normalizeVi(rhyme));
  const o = normalizeVi(onset);
  const pairs: [string, string][] = [
    ['c', 'k'],
    ['g', 'gh'],
    ['ng', 'ngh'],
  ];
  for (const [back, fore] of pairs) {
    if (o === back && front) return `${back}→${fore}`;
    if (o === fore && !front) return `${fore}→${back}`;
  }
  return undefined;
}
