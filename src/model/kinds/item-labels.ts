import type { Localized } from '../activity/lang.ts';
import type { Activity } from '../activity/schema.ts';
import { seededRng } from '../random.ts';
import { countItems } from './count/rules.ts';
import { numericItems } from './numeric/rules.ts';

/** What each item of an activity is called (its question, its card), in evidence order. */
export function itemLabels(a: Activity): Localized[] {
  switch (a.kind) {
    case 'choice':
      return a.items.map((it) => it.prompt);
    case 'sort':
      return a.items.map((it) => it.text ?? it.image ?? '');
    case 'match':
      return a.pairs.map((p) => p.left.text ?? p.left.image ?? '');
    case 'sequence':
      return a.cards.map((c) => c.text ?? c.image ?? '');
    case 'numeric':
      return numericItems(a).map((it) => (it.type === 'typed' ? it.prompt : (it.prompt ?? '<, >, =')));
    case 'balance':
      return a.items.map((it, i) => it.prompt ?? `${i + 1}`);
    case 'path':
      return a.items.map((_, i) => `${i + 1}`);
    case 'story':
      return a.pages.flatMap((p) => (p.question ? [p.question.prompt] : []));
    case 'syllable':
      return a.items.map((it) => it.syllable);
    case 'words':
      return a.items.map((it) => (it.type === 'spell' ? it.word : it.sentence));
    case 'trace':
      return a.items.map((it) => it.glyph);
    case 'memory':
      return a.pairs.map((p) => p.a.text ?? p.a.say ?? p.a.image ?? p.a.audio ?? '');
    case 'count':
      return countItems(a, seededRng(1)).map((it) => `${it.count}`);
  }
}
