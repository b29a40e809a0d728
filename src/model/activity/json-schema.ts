import { z } from 'zod';
import { lessonSchema } from '../lesson/lesson-schema.ts';
import { activitySchema } from './schema.ts';

/**
 * The JSON Schema editors use (levels/schema/activity.schema.json), generated from the same
 * zod source as the types and the validator. Input shape: fields with defaults are optional.
 */
export function activityJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(activitySchema, { io: 'input', target: 'draft-07', unrepresentable: 'any' });
  return { ...schema, title: 'Lớp Vui activity, format 1' };
}

export const serializeJsonSchema = () => `${JSON.stringify(activityJsonSchema(), null, 2)}\n`;

/** The lessons' JSON Schema (levels/schema/lesson.schema.json), from the same kind of source. */
export function serializeLessonJsonSchema(): string {
  const schema = z.toJSONSchema(lessonSchema, { io: 'input', target: 'draft-07', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Lớp Vui lesson, format 1' }, null, 2)}\n`;
}
