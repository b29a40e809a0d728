import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESCRIPTIONS_VI } from '../../../src/model/activity/descriptions-vi.ts';
import { tablesIn } from '../../../src/model/activity/field-table.ts';
import { kindTable } from '../../../src/model/activity/guide-tables.ts';
import { activityJsonSchemaEn, descriptionsOf, serializeJsonSchema } from '../../../src/model/activity/json-schema.ts';
import { KINDS } from '../../../src/model/activity/schema.ts';
import { lessonSchema } from '../../../src/model/lesson/lesson-schema.ts';
import { z } from 'zod';

/**
 * The guide says what the format says: its tables of fields, defaults and limits are the ones
 * the zod source makes (`npm run schema` writes them), in each guide's language; no number range
 * in a kind's prose that no field of the kind has; every description in both languages.
 * A limit changed in the source only, or in the guide only, fails here.
 */
const project = path.resolve(import.meta.dirname, '../../..');
const GUIDES = [
  ['docs/authoring.md', 'en'],
  ['docs/authoring.vi.md', 'vi'],
] as const;

/** The text of each `### kind:` section. */
function sections(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = markdown.split(/^(?=##+ )/m);
  for (const p of parts) {
    const m = /^### ([a-z]+):/.exec(p);
    if (m?.[1]) out.set(m[1], p);
  }
  return out;
}

describe.each(GUIDES)('%s', (file, lang) => {
  const text = readFileSync(path.join(project, file), 'utf8');
  const blocks = [...text.matchAll(/<!-- fields:([a-z]+) -->\n([\s\S]*?)\n<!-- \/fields -->/g)].map((m) => [m[1] ?? '', m[2] ?? ''] as const);

  it('has the table of fields of every kind', () => {
    expect(tablesIn(text)).toEqual(KINDS);
  });

  it.each(KINDS)('its %s table is the one the zod source makes (run `npm run schema`)', (kind) => {
    expect(blocks.find(([k]) => k === kind)?.[1]).toBe(kindTable(kind, lang));
  });

  it.each(KINDS)('names in its %s prose no range of numbers that the kind does not have', (kind) => {
    const section = sections(text).get(kind) ?? '';
    const prose = section.replace(/```[\s\S]*?```/g, '').replace(/<!-- fields:[\s\S]*?<!-- \/fields -->/g, '');
    const table = kindTable(kind, lang) ?? '';
    const limits = new Set([...table.matchAll(/(\d+)–(\d+)/g)].map((m) => m[0]));
    const ranges = [...prose.matchAll(/(\d+)\s*[–-]\s*(\d+)/g)].map((m) => `${m[1]}–${m[2]}`).filter((r) => !/^\d+–\d+$/.test(r) || true);
    // A range in the prose is a limit of some field of the kind ("2–4 bins"): it must be one the source has.
    expect(ranges.filter((r) => !limits.has(r)), section.split('\n')[0]).toEqual([]);
  });
});

describe('descriptions in both languages', () => {
  const used = new Set([...descriptionsOf(activityJsonSchemaEn()), ...descriptionsOf(z.toJSONSchema(lessonSchema, { io: 'input', target: 'draft-07', unrepresentable: 'any' }))]);

  it('has the Vietnamese of every field description of the source', () => {
    expect([...used].filter((d) => !DESCRIPTIONS_VI[d])).toEqual([]);
  });

  it('has no Vietnamese left for a description the source no longer has', () => {
    expect(Object.keys(DESCRIPTIONS_VI).filter((d) => !used.has(d))).toEqual([]);
  });

  it('gives the editor both: Vietnamese first, the English after it, per kind', () => {
    const schema = JSON.parse(serializeJsonSchema()) as { oneOf: { properties: Record<string, { description?: string; markdownDescription?: string }> }[] };
    const sort = schema.oneOf.find((b) => JSON.stringify(b.properties.kind).includes('"sort"'))!;
    const count = schema.oneOf.find((b) => JSON.stringify(b.properties.kind).includes('"count"'))!;
    expect(sort.properties.maxAttempts?.markdownDescription).toBe(
      'Số lần thử mỗi thẻ; sau lần sai cuối, thẻ tự về đúng nhóm. Mặc định 3.\n\n*Tries per card; after the last wrong one the card goes to its bin by itself. Default 3.*',
    );
    // Each kind says what its own maxAttempts does: a count has no card that goes to its place.
    expect(count.properties.maxAttempts?.description).toMatch(/the right number is shown/);
    expect(sort.properties.kind?.description).toMatch(/^sort: kéo mỗi thẻ vào đúng nhóm\.\nsort: drag each card into its bin\.$/);
  });

  it('lists the competency codes with their names', () => {
    const schema = serializeJsonSchema();
    expect(schema).toContain('"nl.tinh-toan — Tính toán (Năng lực đặc thù) · Numeracy (Specific competencies)"');
    expect(schema).toContain('"**mn.nhan-thuc** — Phát triển nhận thức (Lĩnh vực phát triển)\\n\\n*Cognitive development (Areas of development)*"');
  });
});
