import { z } from 'zod';
import { BANDS, SUBJECTS } from '../activity/terms.ts';
import { DEFAULT_LICENSE, PACK_FORMAT, PACK_ID, SEMVER, SPDX_ID } from './ids.ts';

export { DEFAULT_LICENSE, PACK_FORMAT, PACK_ID, SEMVER, SPDX_ID };

/**
 * The manifest of an activity pack (`manifest.json` at the root of a `.lopvui` zip): who made it,
 * under which licence, for whom, and every file it carries with its size and SHA-256, so that a
 * tablet can tell whether the pack arrived whole and whether it is newer than the copy it has.
 * The JSON Schema beside the activities' (levels/schema/pack-manifest.schema.json) is written
 * from this source by `npm run schema`.
 */

export const FILE_ROLES = ['activity', 'lesson', 'media', 'plan', 'video'] as const;
export type FileRole = (typeof FILE_ROLES)[number];

const text = z.string().trim().min(1).max(300);
const bilingual = (max: number) => z.strictObject({ vi: z.string().trim().min(1).max(max).describe('Vietnamese'), en: z.string().trim().min(1).max(max).describe('English') });

export const packFileSchema = z
  .strictObject({
    path: z.string().min(1).max(240).describe('Path inside the pack, with forward slashes: activities/<id>.json, lessons/<id>.json, media/…, plan/…, video/…'),
    size: z.number().int().min(0).describe('Size in bytes'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('SHA-256 of the file, lower-case hex'),
    role: z.enum(FILE_ROLES).describe('What the file is: an activity, a lesson, a picture or sound, the lesson plan, the demonstration video'),
  })
  .describe('A file the pack carries');
export type PackFile = z.infer<typeof packFileSchema>;

export const manifestSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path to this JSON Schema, for editors'),
    format: z.literal(PACK_FORMAT).describe('Pack format version (1)'),
    id: z.string().regex(PACK_ID).max(100).describe('Pack id: lower-case letters, digits, dashes and dots; the same across versions'),
    version: z.string().regex(SEMVER).describe('Semantic version x.y.z: a newer version is offered as an update'),
    title: bilingual(120).describe('Title in Vietnamese and English'),
    description: bilingual(2000).optional().describe('What the pack holds, in Vietnamese and English'),
    authors: z.array(text).min(1).max(50).describe('Who made it (at least one name)'),
    school: text.optional().describe("The authors' school"),
    cluster: text.optional().describe('The cluster (cụm chuyên môn) that shares it'),
    license: z.string().regex(SPDX_ID).max(64).default(DEFAULT_LICENSE).describe('SPDX licence id; CC-BY-4.0 unless the authors chose another'),
    bands: z.array(z.enum(BANDS)).max(BANDS.length).describe('Age bands and grades it is for'),
    subjects: z.array(z.enum(SUBJECTS)).max(SUBJECTS.length).describe('Subjects'),
    competencies: z
      .array(z.string().regex(/^[a-z0-9-]+\.[a-z0-9.-]+$/))
      .max(200)
      .describe('Competency codes its activities give evidence of'),
    created: z.iso.datetime({ offset: true }).describe('When this version was made (ISO date-time)'),
    files: z.array(packFileSchema).min(1).max(5000).describe('Every file of the pack but the manifest'),
  })
  .describe('Lớp Vui activity pack manifest, format 1');
export type Manifest = z.output<typeof manifestSchema>;
export type ManifestInput = z.input<typeof manifestSchema>;

/** The manifest's JSON Schema as written to levels/schema/pack-manifest.schema.json. */
export function serializeManifestJsonSchema(): string {
  const schema = z.toJSONSchema(manifestSchema, { io: 'input', target: 'draft-07', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Lớp Vui activity pack manifest, format 1' }, null, 2)}\n`;
}
