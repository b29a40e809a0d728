import { z } from 'zod';
import { localizedMedia, localizedText } from './localized.ts';
import { BANDS, SUBJECTS } from './terms.ts';

/**
 * A competency code: a namespace and a name, dot-separated, lower case ("nl.tinh-toan", "mn.nhan-thuc").
 * The catalogs of codes come later; until then any well-formed code is accepted.
 */
export const competencyCode = z
  .string()
  .regex(/^[a-z][a-z0-9]*(\.[a-z0-9][a-z0-9-]*)+$/, { error: 'competency.format' })
  .meta({ description: 'A competency code such as "nl.tinh-toan" or "mn.nhan-thuc".' });

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
  subject: z.enum(SUBJECTS),
  band: z.union([band, z.array(band).min(1)]),
  competencies: competencies.default([]),
};
