import type { Lang } from '../activity/lang.ts';
import { activityIdOf } from './rollup.ts';
import { IRI, LANGUAGE_TAGS, type LanguageMap, type Statement } from './xapi.ts';

/** One answer statement as a teacher reads it, in one language. */
export interface AnswerReading {
  activityId: string;
  /** The item's number in its activity (1 for the first), when the object is an item. */
  item: number | undefined;
  /** What the item asked. */
  prompt: string;
  /** The response, with each choice id replaced by what the option said. */
  answer: string;
  success: boolean;
  attempt: number;
  /** What the child made (a traced letter's SVG), if anything. */
  product: string | undefined;
  timestamp: string;
}

/** A language map read in `lang`, or in whatever language it has. */
export function readLanguageMap(m: LanguageMap | undefined, lang: Lang): string {
  return m?.[LANGUAGE_TAGS[lang]] ?? Object.values(m ?? {})[0] ?? '';
}

const ITEM = /:item:(\d+)$/;

/** The statement the player wrote for an answer (statement.ts), read back for the teacher's evidence table. */
export function readAnswer(s: Statement, lang: Lang): AnswerReading {
  const choices = new Map((s.object.definition?.choices ?? []).map((c) => [c.id, readLanguageMap(c.description, lang)]));
  const item = ITEM.exec(s.object.id)?.[1];
  const product = s.result?.extensions?.[IRI.ext.product];
  return {
    activityId: activityIdOf(s.object.id),
    item: item === undefined ? undefined : Number(item),
    prompt: readLanguageMap(s.object.definition?.name, lang),
    answer: (s.result?.response ?? '')
      .split('[,]')
      .map((id) => choices.get(id) ?? id)
      .join(', '),
    success: s.result?.success === true,
    attempt: Number(s.result?.extensions?.[IRI.ext.attempt] ?? 1),
    product: typeof product === 'string' ? product : undefined,
    timestamp: s.timestamp,
  };
}
