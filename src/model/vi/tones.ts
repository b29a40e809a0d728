/**
 * The six tones (thanh) of Vietnamese, in the order schools teach them, with the combining
 * mark each adds to a vowel (ngang has none) and the Telex key typists know them by.
 */
export const TONES = ['ngang', 'huyen', 'sac', 'hoi', 'nga', 'nang'] as const;
export type Tone = (typeof TONES)[number];

export const TONE_MARK: Record<Tone, string> = {
  ngang: '',
  huyen: '\u0300',
  sac: '\u0301',
  hoi: '\u0309',
  nga: '\u0303',
  nang: '\u0323',
};

/** Telex: f huyền, s sắc, r hỏi, x ngã, j nặng (and "-" here for ngang). */
export const TONE_TELEX: Record<Tone, string> = { ngang: '-', huyen: 'f', sac: 's', hoi: 'r', nga: 'x', nang: 'j' };

/** The names children learn: "thanh huyền". */
export const TONE_NAME: Record<Tone, { vi: string; en: string }> = {
  ngang: { vi: 'thanh ngang', en: 'level tone' },
  huyen: { vi: 'thanh huyền', en: 'falling tone' },
  sac: { vi: 'thanh sắc', en: 'rising tone' },
  hoi: { vi: 'thanh hỏi', en: 'dipping tone' },
  nga: { vi: 'thanh ngã', en: 'broken tone' },
  nang: { vi: 'thanh nặng', en: 'heavy tone' },
};

/** The mark as a card shows it: on a dotted circle (ngang shows the circle alone). */
export const toneGlyph = (t: Tone) => `\u25CC${TONE_MARK[t]}`;

const BY_MARK = new Map(TONES.filter((t) => t !== 'ngang').map((t) => [TONE_MARK[t], t]));

/** Split a text into its tone and the text without the tone mark (other marks kept: â, ơ, đ). */
export function stripTone(text: string): { base: string; tone: Tone } {
  let tone: Tone = 'ngang';
  let base = '';
  for (const ch of text.normalize('NFD')) {
    const t = BY_MARK.get(ch);
    if (t) tone = t;
    else base += ch;
  }
  return { base: base.normalize('NFC'), tone };
}

/** A vowel letter with a tone mark added. */
export const withTone = (vowel: string, tone: Tone) => (vowel.normalize('NFD') + TONE_MARK[tone]).normalize('NFC');
