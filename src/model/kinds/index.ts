import { balanceKind } from './balance/index.ts';
import { choiceKind } from './choice/index.ts';
import { countKind } from './count/index.ts';
import { matchKind } from './match/index.ts';
import { memoryKind } from './memory/index.ts';
import { numericKind } from './numeric/index.ts';
import { pathKind } from './path/index.ts';
import { sequenceKind } from './sequence/index.ts';
import { sortKind } from './sort/index.ts';
import { storyKind } from './story/index.ts';
import { syllableKind } from './syllable/index.ts';
import { traceKind } from './trace/index.ts';
import { wordsKind } from './words/index.ts';

/**
 * The one registry of the model: every kind, one line each. The activity format (its union
 * schema, the JSON Schema), `npm run new`'s templates and the dashboard's item labels all come
 * from here; the engine's view table (engine/kinds/index.ts) is checked against it by the type checker.
 * The order is the order of the union (and of the committed JSON Schema).
 */
export const KIND_DEFINITIONS = [
  choiceKind,
  sortKind,
  matchKind,
  sequenceKind,
  countKind,
  numericKind,
  pathKind,
  balanceKind,
  storyKind,
  syllableKind,
  wordsKind,
  traceKind,
  memoryKind,
] as const;
