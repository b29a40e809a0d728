import { z } from 'zod';

/**
 * `library.json`: the index a shared library folder carries beside its packs (written by
 * `npm run library`). Only static files: any web server, CDN or laptop can serve a library.
 * Each entry repeats the pack's manifest, so the list, its filters and the device's versions
 * need only this one file; the pack itself is fetched when it is previewed or downloaded, and
 * its bytes must hash to `sha256`.
 */
export const LIBRARY_FILE = 'library.json';

/** A pack's file name in the folder: a plain name (no folder, nothing that climbs out), `.lopvui` or `.lopvui.zip`. */
export const PACK_FILE = /^[^/\\]+\.lopvui(\.zip)?$/i;

const localized = z.union([z.string(), z.object({ vi: z.string().optional(), en: z.string().optional() })]);

/**
 * What the library reads of a manifest: what it shows, filters on and compares. The pack's own
 * schema (model/pack) checks the whole manifest when the pack is read; here extra fields pass,
 * so a library written by a newer player still lists.
 */
export const packSummarySchema = z
  .object({
    id: z.string().min(1),
    version: z.string().regex(/^\d+\.\d+\.\d+/),
    title: localized,
    description: localized.optional(),
    authors: z.array(z.string()).min(1),
    school: z.string().optional(),
    cluster: z.string().optional(),
    license: z.string().min(1),
    bands: z.array(z.string()),
    subjects: z.array(z.string()),
    competencies: z.array(z.string()),
    created: z.string().optional(),
  })
  .loose();
export type PackSummary = z.infer<typeof packSummarySchema>;

export const libraryEntrySchema = z.object({
  file: z.string().regex(PACK_FILE),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  manifest: packSummarySchema,
});
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;

export interface Library {
  format: 1;
  generated: string;
  packs: LibraryEntry[];
}

const envelope = z.object({ format: z.literal(1), generated: z.string(), packs: z.array(z.unknown()) });

export type LibraryRead = { ok: true; library: Library; skipped: number } | { ok: false; problem: 'json' | 'format' };

/**
 * Read a fetched `library.json`. One broken entry does not hide the others: it is skipped and
 * counted (the page says how many).
 */
export function readLibrary(text: string): LibraryRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'json' };
  }
  const top = envelope.safeParse(json);
  if (!top.success) return { ok: false, problem: 'format' };
  const packs: LibraryEntry[] = [];
  for (const p of top.data.packs) {
    const entry = libraryEntrySchema.safeParse(p);
    if (entry.success) packs.push(entry.data);
  }
  return { ok: true, library: { format: 1, generated: top.data.generated, packs }, skipped: top.data.packs.length - packs.length };
}
