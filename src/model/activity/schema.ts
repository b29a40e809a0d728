import { z } from 'zod';
import { choiceActivity } from '../kinds/choice-schema.ts';
import { balanceActivity } from '../kinds/balance-schema.ts';
import { countActivity } from '../kinds/count-schema.ts';
import { matchActivity } from '../kinds/match-schema.ts';
import { numericActivity } from '../kinds/numeric-schema.ts';
import { pathActivity } from '../kinds/path-schema.ts';
import { sequenceActivity } from '../kinds/sequence-schema.ts';
import { sortActivity } from '../kinds/sort-schema.ts';
import { memoryActivity } from '../kinds/memory-schema.ts';
import { storyActivity } from '../kinds/story-schema.ts';
import { syllableActivity } from '../kinds/syllable-schema.ts';
import { traceActivity } from '../kinds/trace-schema.ts';
import { wordsActivity } from '../kinds/words-schema.ts';

/**
 * The activity format, version 1: one discriminated union over `kind`.
 * Adding a kind adds its schema here (one line); the TypeScript types, the runtime
 * validation and the committed JSON Schema all come from this one source.
 */
export const activitySchema = z.discriminatedUnion('kind', [choiceActivity, sortActivity, matchActivity, sequenceActivity, countActivity, numericActivity, pathActivity, balanceActivity,
  storyActivity, syllableActivity, wordsActivity, traceActivity, memoryActivity,
]);

export type Activity = z.infer<typeof activitySchema>;
export type ActivityKind = Activity['kind'];
export const KINDS: ActivityKind[] = activitySchema.options.map((o) => o.shape.kind.value);

// Its home is media-refs.ts, which needs no zod (the menu's code imports it).
export { MEDIA_KEYS } from './media-refs.ts';
