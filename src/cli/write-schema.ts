/**
 * npm run schema: writes levels/schema/{activity,lesson}.schema.json from the zod source (never
 * edit them by hand), and the tables of fields in the guide (docs/authoring.md and .vi.md,
 * between `<!-- fields:KIND -->` markers) from the same source.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { guideWithTables } from '../model/activity/guide-tables.ts';
import { serializeJsonSchema, serializeLessonJsonSchema } from '../model/activity/json-schema.ts';

export const SCHEMA_FILE = path.resolve('levels/schema/activity.schema.json');
mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
writeFileSync(SCHEMA_FILE, serializeJsonSchema());
export const LESSON_SCHEMA_FILE = path.resolve('levels/schema/lesson.schema.json');
writeFileSync(LESSON_SCHEMA_FILE, serializeLessonJsonSchema());
for (const [file, lang] of [['docs/authoring.md', 'en'], ['docs/authoring.vi.md', 'vi']] as const) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, guideWithTables(text, lang));
}
console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}, ${path.relative(process.cwd(), LESSON_SCHEMA_FILE)} and the guide's tables of fields`);
