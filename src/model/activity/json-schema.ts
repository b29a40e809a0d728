import { z } from 'zod';
import { COMPETENCIES, GROUP_OF } from '../evidence/frameworks/index.ts';
import { lessonSchema } from '../lesson/lesson-schema.ts';
import { DESCRIPTIONS_VI } from './descriptions-vi.ts';
import { activitySchema } from './schema.ts';

/**
 * The JSON Schema editors use (levels/schema/activity.schema.json), generated from the same
 * zod source as the types and the validator. Input shape: fields with defaults are optional.
 *
 * Both languages in every description. VS Code's JSON support has no per-language schema text
 * (one schema, whatever the editor's language), so a description holds the Vietnamese first
 * and the English after it: `description` as plain text for any editor, and
 * `markdownDescription`, which VS Code shows instead, with the English in italics. Competency
 * codes carry their names (`enumDescriptions`, `markdownEnumDescriptions`: VS Code lists them
 * beside the codes it offers): "nl.tinh-toan — Tính toán (Năng lực đặc thù)".
 */
export function activityJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(activitySchema, { io: 'input', target: 'draft-07', unrepresentable: 'any' });
  return bilingual({ ...schema, title: 'Lớp Vui activity, format 1' });
}

/** The same schema with English descriptions only, as written in the zod source (the guide's tables read it). */
export const activityJsonSchemaEn = (): Record<string, unknown> =>
  z.toJSONSchema(activitySchema, { io: 'input', target: 'draft-07', unrepresentable: 'any' }) as Record<string, unknown>;

export const serializeJsonSchema = () => `${JSON.stringify(activityJsonSchema(), null, 2)}\n`;

/** The lessons' JSON Schema (levels/schema/lesson.schema.json), from the same kind of source. */
export function serializeLessonJsonSchema(): string {
  const schema = z.toJSONSchema(lessonSchema, { io: 'input', target: 'draft-07', unrepresentable: 'any' });
  return `${JSON.stringify(bilingual({ ...schema, title: 'Lớp Vui lesson, format 1' }), null, 2)}\n`;
}

/** Every description a schema holds, as written in the zod source (English). */
export function descriptionsOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => descriptionsOf(v, out));
  else if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    if (typeof node.description === 'string') out.add(node.description);
    Object.values(node).forEach((v) => descriptionsOf(v, out));
  }
  return out;
}

const CODES = new Set(COMPETENCIES.keys());

function bilingual<T>(value: T): T {
  if (Array.isArray(value)) return value.map(bilingual) as T;
  if (!value || typeof value !== 'object') return value;
  const node = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bilingual(v)])) as Record<string, unknown>;
  const en = node.description;
  if (typeof en === 'string') {
    const vi = DESCRIPTIONS_VI[en];
    if (vi) {
      node.description = `${vi}\n${en}`;
      node.markdownDescription = `${vi}\n\n*${en}*`;
    }
  }
  if (Array.isArray(node.enum) && node.enum.length > 0 && node.enum.every((c) => typeof c === 'string' && CODES.has(c))) {
    const codes = node.enum as string[];
    const name = (c: string, l: 'vi' | 'en') => `${COMPETENCIES.get(c)!.name[l]} (${GROUP_OF.get(c)?.[l] ?? ''})`;
    node.enumDescriptions = codes.map((c) => `${c} — ${name(c, 'vi')} · ${name(c, 'en')}`);
    node.markdownEnumDescriptions = codes.map((c) => `**${c}** — ${name(c, 'vi')}\n\n*${name(c, 'en')}*`);
  }
  return node as T;
}
