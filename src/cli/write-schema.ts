/** npm run schema: writes levels/schema/{activity,lesson}.schema.json from the zod source (never edit them by hand). */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serializeJsonSchema, serializeLessonJsonSchema } from '../model/activity/json-schema.ts';

export const SCHEMA_FILE = path.resolve('levels/schema/activity.schema.json');
mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
writeFileSync(SCHEMA_FILE, serializeJsonSchema());
export const LESSON_SCHEMA_FILE = path.resolve('levels/schema/lesson.schema.json');
writeFileSync(LESSON_SCHEMA_FILE, serializeLessonJsonSchema());
console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)} and ${path.relative(process.cwd(), LESSON_SCHEMA_FILE)}`);
