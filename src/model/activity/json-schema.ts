import { z } from 'zod';
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
