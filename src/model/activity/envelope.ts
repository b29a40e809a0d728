import { z } from 'zod';
import { localizedMedia, localizedText } from './localized.ts';
import { BANDS, SUBJECTS } from './terms.ts';
import { COMPETENCIES, isQuality } from '../evidence/frameworks/index.ts';
import { nearestCompetencies } from '../evidence/frameworks/nearest.ts';

/**
 * A competency code from the loaded frameworks (src/model/evidence/frameworks): "nl.tinh-toan",
 * "mn.nhan-thuc", "cs5.104". The JSON Schema lists them so editors complete them.
 */
const CODES = [...COMPETENCIES.keys()].filter((c) => !isQuality(c));
export const competencyCode = z
  .string()
  .regex(/^[a-z][a-z0-9]*(\.[a-z0-9][a-z0-9-]*)+$/, { error: 'competency.format' })
  .check((ctx) => {
    if (/^[a-z][a-z0-9]*(\.[a-z0-9][a-z0-9-]*)+$/.test(ctx.value) && !COMPETENCIES.has(ctx.value)) {
      // The message suggests the codes the teacher most likely meant, with their names in each language.
      const near = nearestCompetencies(ctx.value, [...COMPETENCIES.values()].filter((c) => !isQuality(c.code))).map((c) => COMPETENCIES.get(c)!);
      const list = (lang: 'vi' | 'en') => near.map((c) => `"${c.code}" (${c.name[lang]})`).join(', ');
      ctx.issues.push({ code: 'custom', message: 'competency.unknown', params: { code: ctx.value, nearVi: list('vi'), nearEn: list('en') }, input: ctx.value });
    }
    // Phẩm chất are judged by the teacher from behaviour over time, never from answers (Thông tư 27).
    if (isQuality(ctx.value)) ctx.issues.push({ code: 'custom', message: 'competency.quality', params: { code: ctx.value }, input: ctx.value });
  })
  .meta({ description: 'A competency code from the catalog, e.g. "nl.tinh-toan" or "mn.nhan-thuc" (never a phẩm chất pc.*: the teacher judges those from behaviour).', enum: CODES });

export const competencies = z.array(competencyCode).max(20);

const band = z.enum(BANDS).meta({ description: 'mn-3-4, mn-4-5, mn-5-6 (mầm non, age) or lop-1 … lop-5 (grade).' });

/** The fields every activity has, whatever its kind. */
export const envelope = {
  $schema: z.string().optional().meta({ description: 'Path to levels/schema/activity.schema.json, for editors.' }),
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'id.format' })
    .max(80)
    .meta({ description: 'A stable id: lower case letters, digits and dashes ("dem-den-5"). Never change it.' }),
  version: z
    .number()
    .int()
    .min(1)
    .default(1)
    .meta({ description: 'Bump it when the content changes, so evidence says which version was played.' }),
  title: localizedText,
  instructions: localizedText.optional(),
  audio: localizedMedia.optional().meta({ description: 'Narration of the instructions.' }),
  icon: z.string().trim().min(1).optional().meta({ description: 'A picture for the menu tile.' }),
  author: z.string().trim().min(1).max(80).optional().meta({ description: 'Who wrote the file: shown on the menu beside an activity opened on this device.' }),
  subject: z.enum(SUBJECTS),
  band: z.union([band, z.array(band).min(1)]),
  competencies: competencies.default([]),
};
