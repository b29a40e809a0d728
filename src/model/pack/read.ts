import { strFromU8, unzipSync } from 'fflate';
import { hasErrors, type Issue } from '../activity/issues.ts';
import type { Activity } from '../activity/schema.ts';
import { validateActivityText, validateJsonText } from '../activity/validate.ts';
import type { Lesson } from '../lesson/lesson-schema.ts';
import { validateLessonText } from '../lesson/validate-lesson.ts';
import { sha256Hex } from './hash.ts';
import { DEFAULT_LIMITS, mb, type PackLimits } from './limits.ts';
import { type FileRole, type Manifest, manifestSchema } from './manifest.ts';
import { isSafePath, mediaPathOf, roleOfPath } from './paths.ts';
import { linkNames } from './zip-entries.ts';

export interface PackedJson<T> {
  /** Its path in the pack ("activities/dem-ca.json"). */
  path: string;
  text: string;
  value: T;
  /** Warnings only (a pack with an error is refused). */
  issues: Issue[];
}

export interface Pack {
  manifest: Manifest;
  activities: PackedJson<Activity>[];
  lessons: PackedJson<Lesson>[];
  /** Every file but the manifest, by its path in the pack, checked against its size and hash. */
  files: Map<string, { bytes: Uint8Array; role: FileRole }>;
}

export type ReadResult = { ok: true; pack: Pack } | { ok: false; errors: Issue[] };

export interface ReadOptions {
  /** How messages name the pack: `name/activities/x.json:3:5` ("pack" unless given: its file name). */
  name?: string;
  limits?: Partial<PackLimits>;
  /** Activities a lesson of the pack may name besides the pack's own (the library's, those kept on the device). */
  knownActivityIds?: ReadonlySet<string>;
  /** Called as files are checked (hashing a 50 MB video takes a moment on a tablet). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Reads a `.lopvui` pack and checks all of it before anything is kept: the zip's directory
 * against the limits (size, count, compression ratio), every path (inside the pack, of a type a
 * pack may hold, never a link), the manifest against its schema, every file against the size
 * and SHA-256 the manifest gives, and every activity and lesson with the validator
 * `npm run validate` uses, its pictures and sounds found in the pack. Never throws: a refused
 * pack gives its errors, each located as `pack/path/file.json:line:col` with a message key.
 */
export async function readPack(bytes: Uint8Array, opts: ReadOptions = {}): Promise<ReadResult> {
  const name = opts.name ?? 'pack';
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const at = (path: string | undefined, key: string, params: Issue['params'] = {}): Issue => ({
    severity: 'error',
    file: path ? `${name}/${path}` : name,
    line: 1,
    column: 1,
    path: '',
    key: `pack.${key}`,
    params,
  });
  const refuse = (...errors: Issue[]): ReadResult => ({ ok: false, errors });

  if (bytes.length > limits.maxTotalBytes) return refuse(at(undefined, 'tooBig', { size: mb(bytes.length), max: mb(limits.maxTotalBytes) }));
  const links = linkNames(bytes);
  if (!links) return refuse(at(undefined, 'notZip', { detail: 'no zip directory' }));

  // First pass: the directory only (the filter unpacks nothing), every entry checked.
  const errors: Issue[] = [];
  const entries: string[] = [];
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (links.has(f.name)) errors.push(at(f.name, 'link', { name: f.name }));
        else if (!isSafePath(f.name.replace(/\/$/, ''))) errors.push(at(undefined, 'unsafePath', { name: f.name }));
        else if (!f.name.endsWith('/')) {
          entries.push(f.name);
          total += f.originalSize;
          const role = roleOfPath(f.name);
          const cap = role === 'video' ? limits.maxVideoBytes : limits.maxFileBytes;
          if (f.name !== 'manifest.json' && !role) errors.push(at(f.name, 'unknownType', { name: f.name }));
          else if (f.originalSize > cap) errors.push(at(f.name, 'fileTooBig', { size: mb(f.originalSize), max: mb(cap) }));
          else if (f.originalSize > limits.ratioFloorBytes && f.originalSize > f.size * limits.maxRatio) {
            errors.push(at(f.name, 'zipBomb', { ratio: Math.round(f.originalSize / Math.max(1, f.size)), max: limits.maxRatio }));
          }
        }
        return false;
      },
    });
  } catch (e) {
    return refuse(at(undefined, 'notZip', { detail: e instanceof Error ? e.message : String(e) }));
  }
  if (entries.length > limits.maxFiles) errors.push(at(undefined, 'tooManyFiles', { count: entries.length, max: limits.maxFiles }));
  if (total > limits.maxTotalBytes) errors.push(at(undefined, 'tooBig', { size: mb(total), max: mb(limits.maxTotalBytes) }));
  if (new Set(entries).size !== entries.length) errors.push(at(undefined, 'duplicateEntry'));
  if (!entries.includes('manifest.json')) errors.push(at(undefined, 'noManifest'));
  if (errors.length) return refuse(...errors);

  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes, { filter: (f) => !f.name.endsWith('/') });
  } catch (e) {
    return refuse(at(undefined, 'notZip', { detail: e instanceof Error ? e.message : String(e) }));
  }

  // The manifest, checked like an activity file (its own schema, the same located messages).
  const manifestText = decode(unzipped['manifest.json']!);
  if (manifestText === undefined) return refuse(at('manifest.json', 'notText'));
  const m = validateJsonText(manifestText, { file: `${name}/manifest.json` }, manifestSchema);
  if (!m.value || hasErrors(m.issues)) return refuse(...m.issues.filter((i) => i.severity === 'error'));
  const manifest = m.value;

  // Every file listed is there, of its role, with its size and hash; nothing unlisted.
  const listed = new Map<string, Manifest['files'][number]>();
  for (const f of manifest.files) {
    if (listed.has(f.path)) errors.push(at(f.path, 'duplicatePath', { name: f.path }));
    listed.set(f.path, f);
  }
  for (const path of entries) if (path !== 'manifest.json' && !listed.has(path)) errors.push(at(path, 'unlisted', { name: path }));
  const files = new Map<string, { bytes: Uint8Array; role: FileRole }>();
  let checkedBytes = 0;
  for (const f of listed.values()) {
    opts.onProgress?.(checkedBytes, total);
    checkedBytes += f.size;
    const data = unzipped[f.path];
    const role = isSafePath(f.path) ? roleOfPath(f.path) : undefined;
    if (!role) errors.push(at(undefined, isSafePath(f.path) ? 'unknownType' : 'unsafePath', { name: f.path }));
    else if (!data) errors.push(at(f.path, 'missingFile', { name: f.path }));
    else if (role !== f.role) errors.push(at(f.path, 'roleMismatch', { role: f.role, expected: role }));
    else if (data.length !== f.size) errors.push(at(f.path, 'badSize', { expected: f.size, got: data.length }));
    else if ((await sha256Hex(data)) !== f.sha256) errors.push(at(f.path, 'badHash', { name: f.path }));
    else files.set(f.path, { bytes: data, role });
  }
  if (errors.length) return refuse(...errors);

  // Activities and lessons, validated as `npm run validate` does; their media are the pack's.
  const resolveMedia = (ref: string) => (files.get(mediaPathOf(ref))?.role === 'media' ? mediaPathOf(ref) : undefined);
  const activities: PackedJson<Activity>[] = [];
  const lessons: PackedJson<Lesson>[] = [];
  const jsons = [...files].filter(([, f]) => f.role === 'activity' || f.role === 'lesson');
  const texts = new Map<string, string>();
  for (const [path, f] of jsons) {
    const text = decode(f.bytes);
    if (text === undefined) errors.push(at(path, 'notText'));
    else texts.set(path, text);
  }
  const seen = new Map<string, string>();
  for (const [path, f] of jsons) {
    const text = texts.get(path);
    if (f.role !== 'activity' || text === undefined) continue;
    const v = validateActivityText(text, { file: `${name}/${path}`, resolveMedia });
    errors.push(...v.issues.filter((i) => i.severity === 'error'));
    if (!v.activity) continue;
    const twin = seen.get(v.activity.id);
    if (twin) errors.push(at(path, 'duplicateActivity', { id: v.activity.id, other: twin }));
    seen.set(v.activity.id, path);
    activities.push({ path, text, value: v.activity, issues: v.issues });
  }
  // A broken activity would also make every lesson naming it "unknown": its own error says enough.
  if (errors.length) return refuse(...errors);
  const ids = new Set([...seen.keys(), ...(opts.knownActivityIds ?? [])]);
  for (const [path, f] of jsons) {
    const text = texts.get(path);
    if (f.role !== 'lesson' || text === undefined) continue;
    const v = validateLessonText(text, { file: `${name}/${path}`, resolveMedia }, ids);
    errors.push(...v.issues.filter((i) => i.severity === 'error'));
    if (v.lesson) lessons.push({ path, text, value: v.lesson, issues: v.issues });
  }
  if (errors.length) return refuse(...errors);
  return { ok: true, pack: { manifest, activities, lessons, files } };
}

/** UTF-8 text, or undefined for bytes that are not (a JSON file must be UTF-8). */
function decode(bytes: Uint8Array): string | undefined {
  try {
    const text = strFromU8(bytes);
    return text.includes('\uFFFD') ? undefined : text.replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}
