import { DESCRIPTIONS_VI } from './descriptions-vi.ts';
import { describeIn, fieldRows, fieldTable, withFieldTables } from './field-table.ts';
import { activityJsonSchemaEn } from './json-schema.ts';
import type { Lang } from './lang.ts';
import { envelope } from './envelope.ts';

/** The fields every activity has: the guide's own table lists them, not each kind's. */
const COMMON = new Set([...Object.keys(envelope), 'kind']);

/** A kind's table of fields in `lang`, from the zod source (through its JSON Schema). */
export function kindTable(kind: string, lang: Lang): string | undefined {
  const branches = (activityJsonSchemaEn().oneOf ?? []) as Record<string, unknown>[];
  const branch = branches.find((b) => (b.properties as Record<string, { const?: string }> | undefined)?.kind?.const === kind);
  return branch && fieldTable(fieldRows(branch, describeIn(lang, DESCRIPTIONS_VI), COMMON), lang);
}

/** docs/authoring.md (en) or docs/authoring.vi.md (vi) with every kind's table as the source makes it. */
export const guideWithTables = (markdown: string, lang: Lang) => withFieldTables(markdown, (kind) => kindTable(kind, lang));
