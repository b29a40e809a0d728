import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CatalogEntry } from '../model/activity/catalog-entry.ts';
import type { Issue } from '../model/activity/issues.ts';
import { LANGS } from '../model/activity/lang.ts';
import { MEDIA_KEYS, mediaUrls } from '../model/activity/media-refs.ts';
import type { Activity } from '../model/activity/schema.ts';
import { validateActivityText } from '../model/activity/validate.ts';
import { isLessonText } from '../model/lesson/detect.ts';
import type { Lesson } from '../model/lesson/lesson-schema.ts';
import { validateLessonText } from '../model/lesson/validate-lesson.ts';
import { bandsOf } from '../model/activity/terms.ts';

/** Where the project keeps its levels and its public files (node side: CLI, Vite plugin, tests). */
export interface LibraryRoots {
  /** The project root: file names in messages are relative to it. */
  root: string;
  levels: string;
  public: string;
}

export function defaultRoots(root: string, levels = process.env.LOPVUI_LEVELS): LibraryRoots {
  return { root, levels: path.resolve(root, levels ?? 'levels'), public: path.resolve(root, 'public') };
}

export interface LibraryFile {
  /** Absolute path. */
  abs: string;
  /** As shown to the teacher: relative to the project root, forward slashes. */
  file: string;
  activity?: Activity;
  /** A lesson (by its $schema or its shape), not an activity. */
  lesson?: Lesson;
  issues: Issue[];
  /** Media files of the levels folder this activity uses (absolute), for the build to copy. */
  media: string[];
}

const slash = (p: string) => p.split(path.sep).join('/');

/** Every activity file under `dir` (the schema folder excluded), sorted for stable output. */
export function listActivityFiles(dir: string, schemaDir = path.join(dir, 'schema')): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return dir.endsWith('.json') ? [dir] : [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    if (abs === schemaDir || name.startsWith('.')) continue;
    if (statSync(abs).isDirectory()) out.push(...listActivityFiles(abs, schemaDir));
    else if (name.endsWith('.json')) out.push(abs);
  }
  return out;
}

/**
 * Resolve a media reference written in `fileAbs`: first relative to the file, wherever it is
 * (levels/ or a teacher's own folder), then relative to public/. Returns the URL the player
 * loads (relative to the app's base) and the absolute path, or undefined. A file of levels/ may
 * not reach outside levels/ (the build copies only that folder); a file elsewhere is checked
 * where it lies and is not built, so its pictures may sit anywhere beside it.
 */
export function resolveMediaRef(roots: LibraryRoots, fileAbs: string, ref: string): { url: string; abs?: string } | undefined {
  if (/^[a-z]+:/i.test(ref)) return undefined; // no network media: the player works offline
  const inside = (base: string, abs: string) => abs.startsWith(base + path.sep);
  const isFile = (abs: string) => existsSync(abs) && statSync(abs).isFile();
  if (!ref.startsWith('/')) {
    const abs = path.resolve(path.dirname(fileAbs), ref);
    if (inside(roots.levels, fileAbs)) {
      if (inside(roots.levels, abs) && isFile(abs)) return { url: `levels/${slash(path.relative(roots.levels, abs))}`, abs };
    } else if (isFile(abs)) return { url: slash(path.relative(path.dirname(fileAbs), abs)), abs };
  }
  const pub = path.resolve(roots.public, ref.replace(/^\/+/, ''));
  if (inside(roots.public, pub) && isFile(pub)) return { url: slash(path.relative(roots.public, pub)) };
  return undefined;
}

/** As a message shows the file: relative to the project inside it, else the path as it is (a teacher's own folder). */
export function shownName(roots: LibraryRoots, abs: string): string {
  const rel = path.relative(roots.root, abs);
  return slash(rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel);
}

export function validateFile(roots: LibraryRoots, abs: string): LibraryFile {
  const file = shownName(roots, abs);
  const media: string[] = [];
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    const issue: Issue = { severity: 'error', file, line: 1, column: 1, path: '', key: 'readFailed', params: { detail: String(e) } };
    return { abs, file, issues: [issue], media };
  }
  const result = validateActivityText(text, {
    file,
    resolveMedia: (ref) => {
      const found = resolveMediaRef(roots, abs, ref);
      if (found?.abs) media.push(found.abs);
      return found?.url;
    },
  });
  return { abs, file, ...result, media };
}

/** A lesson by its `$schema` or its shape, wherever it is (levels/lessons/ is only where the library keeps them). */
export function isLessonFile(abs: string): boolean {
  try {
    return isLessonText(readFileSync(abs, 'utf8'));
  } catch {
    return false;
  }
}

/** A lesson file: its schema, then every step must name an activity of the library (or validated with it). */
export function validateLessonFile(roots: LibraryRoots, abs: string, activityIds: ReadonlySet<string>): LibraryFile {
  const file = shownName(roots, abs);
  const media: string[] = [];
  const text = readFileSync(abs, 'utf8');
  const resolveMedia = (ref: string) => {
    const found = resolveMediaRef(roots, abs, ref);
    if (found?.abs) media.push(found.abs);
    return found?.url;
  };
  const { lesson, issues } = validateLessonText(text, { file, resolveMedia }, activityIds);
  return lesson ? { abs, file, lesson, issues, media } : { abs, file, issues, media };
}

/**
 * Validate a whole library (activities first, then the lessons that name them); an id used
 * twice is an error on the second file. The lessons' steps are checked against every activity
 * of `roots.levels`, even when only some files are asked for.
 */
export function validateLibrary(roots: LibraryRoots, files = listActivityFiles(roots.levels)): LibraryFile[] {
  const activityFiles = files.filter((f) => !isLessonFile(f));
  const lessonFiles = files.filter((f) => isLessonFile(f));
  const results = activityFiles.map((f) => validateFile(roots, f));
  if (lessonFiles.length) {
    // A step may name an activity outside the files asked for (npm run validate levels/lessons).
    const others = listActivityFiles(roots.levels).filter((f) => !isLessonFile(f) && !activityFiles.includes(f));
    const known = new Set([...results, ...others.map((f) => validateFile(roots, f))].flatMap((r) => (r.activity ? [r.activity.id] : [])));
    results.push(...lessonFiles.map((f) => validateLessonFile(roots, f, known)));
  }
  const seen = new Map<string, string>();
  for (const r of results) {
    const id = r.activity?.id ?? (r.lesson && `lesson:${r.lesson.id}`);
    if (id === undefined) continue;
    const other = seen.get(id);
    if (other === undefined) {
      seen.set(id, r.file);
      continue;
    }
    r.issues.push({ severity: 'error', file: r.file, ...locateId(r.abs), path: 'id', key: 'duplicateId', params: { id: id.replace(/^lesson:/, ''), other } });
    delete r.activity;
    delete r.lesson;
  }
  return results;
}

function locateId(abs: string): { line: number; column: number } {
  const lines = readFileSync(abs, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes('"id"'));
  return line < 0 ? { line: 1, column: 1 } : { line: line + 1, column: (lines[line] ?? '').indexOf('"id"') + 1 };
}

/** What the menu needs of one file, valid or not. */
export function catalogEntry(f: LibraryFile): CatalogEntry {
  const a = f.activity;
  if (!a) return { file: f.file, bands: [], issues: f.issues };
  const entry: CatalogEntry = { file: f.file, id: a.id, kind: a.kind, title: a.title, subject: a.subject, bands: bandsOf(a), issues: f.issues };
  if (a.icon) entry.icon = a.icon;
  return entry;
}

/**
 * Every media file the valid activities use, in every language, as URLs relative to the app
 * (what the service worker must hold for the library to play offline).
 */
export function mediaOfLibrary(files: LibraryFile[]): string[] {
  const urls = new Set<string>();
  for (const f of files) {
    const value = f.activity ?? f.lesson;
    if (!value) continue;
    for (const lang of LANGS) for (const url of mediaUrls(value, lang, MEDIA_KEYS)) urls.add(url);
  }
  return [...urls].sort();
}

/** Where a media URL of the player (as `mediaOfLibrary` gives it) lives on disk. */
export function fileOfMediaUrl(roots: LibraryRoots, url: string): string {
  return url.startsWith('levels/') ? path.join(roots.levels, url.slice('levels/'.length)) : path.join(roots.public, url);
}

const MEDIA_FILE = /\.(svg|png|jpe?g|webp|ogg|opus|mp3|wav)$/i;

/**
 * Every picture and sound of public/, as references an activity may use ("images/animals/cat.svg"):
 * a file opened in the player (not built) checks its references against this list.
 */
export function publicMedia(roots: LibraryRoots, dir = roots.public): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const abs = path.join(dir, name);
      if (statSync(abs).isDirectory()) return publicMedia(roots, abs);
      return MEDIA_FILE.test(name) ? [slash(path.relative(roots.public, abs))] : [];
    });
}
