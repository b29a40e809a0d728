import type { Issue } from './issues.ts';
import { parseLocated } from './json-location.ts';
import type { Activity } from './schema.ts';
import { validateActivityText } from './validate.ts';

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
  ctx: { publicMedia: ReadonlySet<string>; urlOf: (file: F) => string; libraryIds: ReadonlyMap<string, string> },
): OpenedActivity<F> {
  const byPath = new Map(files.map((f) => [clean(f.path), f]));
  const byName = new Map<string, F | null>();
  for (const f of files) byName.set(baseOf(clean(f.path)), byName.has(baseOf(clean(f.path))) ? null : f);
  const media = new Map<string, F>();
  const file = clean(json.path);
  const { activity, issues } = validateActivityText(json.text, {
    file,
    resolveMedia: (ref) => {
      const r = clean(ref);
      const found = byPath.get(dirOf(file) + r) ?? byPath.get(r) ?? byName.get(baseOf(r)) ?? undefined;
      if (found) {
        media.set(ref, found);
        return ctx.urlOf(found);
      }
      return ctx.publicMedia.has(r) ? r : undefined;
    },
  });
  const other = activity && ctx.libraryIds.get(activity.id);
  if (activity && other) {
    // Its evidence would mix with the library's activity of the same id.
    issues.push({ severity: 'error', file, ...parseLocated(json.text).locate(['id']), path: 'id', key: 'duplicateId', params: { id: activity.id, other } });
    return { file, issues, media };
  }
  return activity ? { file, activity, issues, media } : { file, issues, media };
}
