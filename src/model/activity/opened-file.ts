import type { Issue } from './issues.ts';
import { parseLocated } from './json-location.ts';
import type { Activity } from './schema.ts';
import { validateActivityText } from './validate.ts';
import { isLessonText } from '../lesson/detect.ts';
import type { Lesson } from '../lesson/lesson-schema.ts';
import { validateLessonText } from '../lesson/validate-lesson.ts';

/** A file a teacher opened or dropped in the player: its path as given ("audio/meo-vi.ogg" or "meo-vi.ogg"). */
export interface LooseFile {
  path: string;
}

export interface OpenedActivity<F extends LooseFile> {
  /** The JSON file's name, as messages show it. */
  file: string;
  activity?: Activity;
  issues: Issue[];
  /** The opened files the activity uses, by the reference written in it. */
  media: Map<string, F>;
}

const clean = (p: string) => p.replace(/\\/g, '/').replace(/^\.?\//, '');
const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : '');
const baseOf = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/**
 * Validates an activity opened in the player, exactly as `npm run validate` would (the same
 * issues, the same sentences), with its pictures and sounds among the files opened with it:
 * next to it by path, or by name alone when the files were picked one by one. A reference
 * to the player's own pictures ("images/animals/cat.svg") is found in `publicMedia`.
 */
export function openActivity<F extends LooseFile>(
  json: { path: string; text: string },
  files: readonly F[],
  ctx: OpenContext<F>,
): OpenedActivity<F> {
  const media = new Map<string, F>();
  const file = clean(json.path);
  const { activity, issues } = validateActivityText(json.text, { file, resolveMedia: resolver(file, files, ctx, media) });
  const other = activity && ctx.libraryIds.get(activity.id);
  if (activity && other) {
    // Its evidence would mix with the library's activity of the same id.
    issues.push({ severity: 'error', file, ...parseLocated(json.text).locate(['id']), path: 'id', key: 'duplicateId', params: { id: activity.id, other } });
    return { file, issues, media };
  }
  return activity ? { file, activity, issues, media } : { file, issues, media };
}

export interface OpenContext<F> {
  publicMedia: ReadonlySet<string>;
  urlOf: (file: F) => string;
  /** The library's activity ids, with their files. */
  libraryIds: ReadonlyMap<string, string>;
  /** Other activities a lesson's step may name (those kept on this device). */
  knownIds?: ReadonlySet<string>;
}

/** A reference written in `file`, found among the opened files (next to it by path, else by name) or in public/. */
function resolver<F extends LooseFile>(file: string, files: readonly F[], ctx: OpenContext<F>, media: Map<string, F>): (ref: string) => string | undefined {
  const byPath = new Map(files.map((f) => [clean(f.path), f]));
  const byName = new Map<string, F | null>();
  for (const f of files) byName.set(baseOf(clean(f.path)), byName.has(baseOf(clean(f.path))) ? null : f);
  return (ref) => {
    const r = clean(ref);
    const found = byPath.get(dirOf(file) + r) ?? byPath.get(r) ?? byName.get(baseOf(r)) ?? undefined;
    if (found) {
      media.set(ref, found);
      return ctx.urlOf(found);
    }
    return ctx.publicMedia.has(r) ? r : undefined;
  };
}

export interface OpenedLesson<F extends LooseFile> {
  file: string;
  lesson?: Lesson;
  issues: Issue[];
  media: Map<string, F>;
}

export interface OpenedFiles<F extends LooseFile> {
  activities: OpenedActivity<F>[];
  /** The lessons among the files (by their `$schema` or their shape), checked against the library and the activities opened with them. */
  lessons: OpenedLesson<F>[];
}

/**
 * Everything a teacher opened at once: every JSON file is an activity or a lesson, told apart
 * by what it says it is (never by its folder); the other files are their pictures and sounds.
 * A lesson's steps may name the library's activities or those opened with it.
 */
export function openFiles<F extends LooseFile>(jsons: readonly { path: string; text: string }[], files: readonly F[], ctx: OpenContext<F>): OpenedFiles<F> {
  const activities = jsons.filter((j) => !isLessonText(j.text)).map((j) => openActivity(j, files, ctx));
  const ids = new Set([...ctx.libraryIds.keys(), ...(ctx.knownIds ?? []), ...activities.flatMap((a) => (a.activity ? [a.activity.id] : []))]);
  const lessons = jsons
    .filter((j) => isLessonText(j.text))
    .map((j) => {
      const media = new Map<string, F>();
      const file = clean(j.path);
      const { lesson, issues } = validateLessonText(j.text, { file, resolveMedia: resolver(file, files, ctx, media) }, ids);
      return lesson ? { file, lesson, issues, media } : { file, issues, media };
    });
  return { activities, lessons };
}
