import type * as Phaser from 'phaser';
import type { ActivityKind } from '../../model/activity/schema.ts';

type SceneClass = new () => Phaser.Scene;

/**
 * One line per kind: the scene that plays it (its key is the kind's name). Each is its own chunk,
 * fetched when an activity of its kind starts: the first question waits for its own scene only.
 */
export const KIND_SCENES: Record<ActivityKind, () => Promise<SceneClass>> = {
  choice: () => import('./choice.ts').then((m) => m.ChoiceScene),
  sort: () => import('./sort.ts').then((m) => m.SortScene),
  match: () => import('./match.ts').then((m) => m.MatchScene),
  sequence: () => import('./sequence.ts').then((m) => m.SequenceScene),
  count: () => import('./count.ts').then((m) => m.CountScene),
  numeric: () => import('./numeric.ts').then((m) => m.NumericScene),
  path: () => import('./path.ts').then((m) => m.PathScene),
  balance: () => import('./balance.ts').then((m) => m.BalanceScene),
  story: () => import('./story.ts').then((m) => m.StoryScene),
  syllable: () => import('./syllable.ts').then((m) => m.SyllableScene),
  words: () => import('./words.ts').then((m) => m.WordsScene),
  trace: () => import('./trace.ts').then((m) => m.TraceScene),
  memory: () => import('./memory.ts').then((m) => m.MemoryScene),
};
