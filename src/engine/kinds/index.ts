import type * as Phaser from 'phaser';
import type { ActivityKind } from '../../model/activity/schema.ts';
import { BalanceScene } from './balance.ts';
import { ChoiceScene } from './choice.ts';
import { CountScene } from './count.ts';
import { NumericScene } from './numeric.ts';
import { PathScene } from './path.ts';
import { MatchScene } from './match.ts';
import { SequenceScene } from './sequence.ts';
import { SortScene } from './sort.ts';
import { MemoryScene } from './memory.ts';
import { StoryScene } from './story.ts';
import { SyllableScene } from './syllable.ts';
import { TraceScene } from './trace.ts';
import { WordsScene } from './words.ts';

/** One line per kind: the scene that plays it (its key is the kind's name). */
export const KIND_SCENES: Record<ActivityKind, new () => Phaser.Scene> = {
  choice: ChoiceScene,
  sort: SortScene,
  match: MatchScene,
  sequence: SequenceScene,
  count: CountScene,
  numeric: NumericScene,
  path: PathScene,
  balance: BalanceScene,
  story: StoryScene,
  syllable: SyllableScene,
  words: WordsScene,
  trace: TraceScene,
  memory: MemoryScene,
};
