/** npm run schema: writes levels/schema/activity.schema.json from the zod source (never edit it by hand). */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serializeJsonSchema } from '../model/activity/json-schema.ts';

export const SCHEMA_FILE = path.resolve('levels/schema/activity.schema.json');
mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
writeFileSync(SCHEMA_FILE, serializeJsonSchema());
console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
