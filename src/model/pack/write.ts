import { strToU8, type Zippable, zipSync } from 'fflate';
import { sha256Hex } from './hash.ts';
import { DEFAULT_LICENSE, type FileRole, type Manifest, manifestSchema, PACK_FORMAT } from './manifest.ts';
import { isCompressed, roleOfPath } from './paths.ts';

export interface PackInput {
  /** The manifest without its list of files (computed here) and its format; `created` defaults to now. */
  manifest: Omit<Manifest, 'files' | 'format' | 'license' | 'created'> & { license?: string; created?: string };
  /** Every file of the pack, by its path in the pack (activities/…, lessons/…, media/…, plan/…, video/…). */
  files: { path: string; bytes: Uint8Array }[];
}

/**
 * Writes a `.lopvui` pack: a zip with `manifest.json` (every file's path, size, role and SHA-256)
 * and the files. Throws on a path a pack may not hold or on a manifest its schema refuses: a pack
 * written here is one `readPack` accepts. Files already compressed (pictures, sounds, video) are
 * stored as they are; text is deflated. Entries carry the manifest's date, so the same input
 * gives the same bytes.
 */
export async function writePack(input: PackInput): Promise<Uint8Array> {
  const files: Manifest['files'] = [];
  for (const f of [...input.files].sort((a, b) => a.path.localeCompare(b.path))) {
    const role: FileRole | undefined = roleOfPath(f.path);
    if (!role) throw new Error(`a pack may not hold "${f.path}"`);
    files.push({ path: f.path, size: f.bytes.length, sha256: await sha256Hex(f.bytes), role });
  }
  const draft = { format: PACK_FORMAT, license: DEFAULT_LICENSE, created: new Date().toISOString(), ...input.manifest, files };
  const parsed = manifestSchema.safeParse(draft);
  if (!parsed.success) throw new Error(`the manifest is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const manifest: Manifest = parsed.data;
  const mtime = new Date(manifest.created);
  const zip: Zippable = { 'manifest.json': [strToU8(`${JSON.stringify(manifest, null, 2)}\n`), { level: 6, mtime }] };
  for (const f of input.files) zip[f.path] = [f.bytes, { level: isCompressed(f.path) ? 0 : 6, mtime }];
  return zipSync(zip);
}
