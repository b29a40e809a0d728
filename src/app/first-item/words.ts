import { en } from '../../i18n/en.ts';
import { vi } from '../../i18n/vi.ts';
import type { Lang } from '../../model/activity/lang.ts';

/**
 * The player's words a first item says (its buttons' names, its feedback), as the catalogues write them
 * ("Lựa chọn {{n}}: {{name}}"). Taken at build time (src/build/levels-plugin.ts): the first item does not
 * wait for i18next and both catalogues to say five things.
 */
export function firstItemWords(): Record<Lang, FirstItemWords> {
  const of = (c: typeof vi) => ({
    home: c.play.home,
    listen: c.play.listen,
    progress: c.play.progress,
    option: c.play.option,
    correct: c.feedback.correct,
    wrong: c.feedback.wrong,
    hint: c.feedback.hint,
    revealed: c.feedback.revealed,
    cueCorrect: c.cues.correct,
    cueWrong: c.cues.wrong,
  });
  return { vi: of(vi), en: of(en) };
}

export type FirstItemWords = { [K in 'home' | 'listen' | 'progress' | 'option' | 'correct' | 'wrong' | 'hint' | 'revealed' | 'cueCorrect' | 'cueWrong']: string };
