import { z } from 'zod';
import { envelope } from '../activity/envelope.ts';
import { localizedText } from '../activity/localized.ts';

const step = z.strictObject({
  activity: envelope.id.meta({ description: 'The id of an activity of the library.' }),
  note: localizedText.optional().meta({ description: 'For the teacher only: what to say or do around this step.' }),
});

/**
 * A lesson (levels/lessons/): activities in the order of one class period, with a note for the
 * teacher at each step. Its own id, title and band; its competencies are those of its steps.
 */
export const lessonSchema = z.strictObject({
  $schema: envelope.$schema,
  id: envelope.id,
  version: envelope.version,
  title: envelope.title,
  description: localizedText.optional(),
  icon: envelope.icon,
  band: envelope.band,
  minutes: z.number().int().min(5).max(120).optional().meta({ description: 'How long the period is planned to take.' }),
  steps: z.array(step).min(1).max(20),
});

export type Lesson = z.output<typeof lessonSchema>;
