import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeJsonSchema, serializeLessonJsonSchema } from '../../../../src/model/activity/json-schema.ts';

describe('levels/schema/activity.schema.json', () => {
  it('is the schema generated from the zod source (run `npm run schema` after changing the format)', () => {
    const committed = readFileSync('levels/schema/activity.schema.json', 'utf8');
    expect(committed).toBe(serializeJsonSchema());
    expect(readFileSync('levels/schema/lesson.schema.json', 'utf8')).toBe(serializeLessonJsonSchema());
  });

  it('documents fields for editors and requires the envelope', () => {
    const schema = JSON.parse(serializeJsonSchema()) as { oneOf: { required: string[]; properties: Record<string, { description?: string }> }[] };
    const choice = schema.oneOf[0]!;
    expect(choice.required).toEqual(expect.arrayContaining(['id', 'kind', 'title', 'subject', 'band', 'items']));
    expect(choice.required).not.toContain('version'); // it has a default
    expect(choice.properties.maxAttempts?.description).toMatch(/Default 3/);
  });
});
