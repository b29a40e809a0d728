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
/** A vần as written without its tone: one to three vowels and an optional final consonant. */
export const RHYME = /^[aăâeêioôơuưy]{1,3}(c|ch|m|n|ng|nh|p|t)?$/;

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
  if (!RHYME.test(rhyme)) return undefined;
  return { onset, rhyme, tone };
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
