import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatIssue } from '../model/activity/issues.ts';
import { type BuiltLibrary, buildLibrary, type ReadManifest } from '../model/library/build-library.ts';
import { LIBRARY_FILE, PACK_FILE } from '../model/library/library-index.ts';
import { compareVersions, readPack } from '../model/pack/index.ts';

type Translate = (key: string, params: Record<string, string | number>) => string;

/**
 * Index a folder of packs (what `npm run library` does): each `.lopvui` read and checked by the
 * pack format's reader, its reasons for a refusal in the teacher's language, then
 * `<dir>/library.json` written (refused packs left out).
 */
export async function writeLibraryFolder(dir: string, t: Translate, now = new Date()): Promise<BuiltLibrary> {
  const names = readdirSync(dir).filter((n) => PACK_FILE.test(n));
  const files = names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));
  const read: ReadManifest = async (bytes, name) => {
    const r = await readPack(bytes, { name });
    return r.ok ? { ok: true, manifest: r.pack.manifest } : { ok: false, reasons: r.errors.map((e) => formatIssue(e, t)) };
  };
  const built = await buildLibrary(files, { read, sha256: async (bytes) => createHash('sha256').update(bytes).digest('hex'), compare: compareVersions, now });
  writeFileSync(path.join(dir, LIBRARY_FILE), `${JSON.stringify(built.library, null, 1)}\n`);
  return built;
}
