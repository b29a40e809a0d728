import { LANGS, type Lang } from '../activity/lang.ts';
import { readLanguageMap } from '../evidence/answer-read.ts';
import type { LanguageMap, Statement } from '../evidence/xapi.ts';

/** A text in the player's languages (a language the statement lacks falls back to one it has). */
export type Texts = Partial<Record<Lang, string>>;

/** A text in `lang`, else in whatever language it has. */
export const textIn = (t: Texts, lang: Lang): string => t[lang] ?? t.vi ?? t.en ?? '';

/** A language map of a statement read in each of the player's languages. */
export function textsOf(m: LanguageMap | undefined): Texts {
  const out: Texts = {};
  for (const l of LANGS) {
    const s = readLanguageMap(m, l);
    if (s) out[l] = s;
  }
  return out;
}

const MEDIA = /\.(png|jpe?g|svg|webp|gif|avif)$/i;

/**
 * A picture option has no words: its file's name stands in for it ("images/con-meo.svg" is
 * "🖼 con meo"), so a teacher still reads which picture was chosen.
 */
function readable(label: string): string {
  if (!MEDIA.test(label)) return label;
  const base = label.split('/').at(-1)?.replace(MEDIA, '') ?? label;
  return `🖼 ${base.replace(/[-_]+/g, ' ')}`;
}

/**
 * What a child chose or typed, in the words a person reads: each choice id of the response
 * replaced by what the option said (xAPI's "a[,]c" for choice, "a[.]x" pairs for matching, the
 * order for sequencing, the typed text for fill-in and numeric). A performance (a tracing) or
 * an empty response is no answer a child chose: undefined.
 */
export function answerLabel(s: Statement): Texts | undefined {
  const def = s.object.definition;
  const response = s.result?.response ?? '';
  const type = def?.interactionType;
  if (response === '' || type === 'performance' || type === 'other') return undefined;
  const components = new Map([...(def?.choices ?? []), ...(def?.source ?? []), ...(def?.target ?? [])].map((c) => [c.id, c.description]));
  const out: Texts = {};
  for (const lang of LANGS) {
    const name = (id: string) => {
      const d = components.get(id);
      return readable(d ? readLanguageMap(d, lang) || id : id);
    };
    let text: string;
    if (type === 'choice' || type === 'sequencing') {
      text = response
        .split('[,]')
        .map(name)
        .join(type === 'sequencing' ? ' → ' : ', ');
    } else if (type === 'matching') {
      const pairs = response.split('[,]').map((p) => p.split('[.]'));
      // One thing moved (a card to a bin): where it went is the answer; the row already names the thing.
      text = pairs.length === 1 ? name(pairs[0]?.[1] ?? '') : pairs.map(([a = '', b = '']) => `${name(a)} → ${name(b)}`).join('; ');
    } else {
      text = response;
    }
    out[lang] = text;
  }
  return out;
}
