import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Issue } from '../model/activity/issues.ts';
import type { Activity } from '../model/activity/schema.ts';
import type { Lesson } from '../model/lesson/lesson-schema.ts';
import { mediaRefsOf, withPackRefs } from '../model/pack/contents.ts';
import { mediaPathOf } from '../model/pack/paths.ts';
import { type LibraryRoots, listActivityFiles, resolveMediaRef, validateLibrary } from './library.ts';

export interface Collected {
  files: { path: string; bytes: Uint8Array }[];
  activities: Activity[];
  lessons: Lesson[];
  /** Errors of the files asked for (nothing is packed then), and media that could not be found. */
  issues: Issue[];
}

/**
 * The files of a pack made from activity and lesson files (or folders of them): each activity
 * and lesson as `activities/<id>.json` / `lessons/<id>.json`, a lesson's steps with it (found in
 * levels/ when not asked for), and every picture and sound they use, from levels/ or public/,
 * under media/ at the path the player itself loads it from ("images/animals/duck.svg",
 * "levels/mam-non/audio/ca-vi.ogg"); references are rewritten to those paths so that two
 * folders' "audio/meo.ogg" cannot collide and "../" never appears in a pack.
 */
export function collectPack(roots: LibraryRoots, inputs: readonly string[]): Collected {
  const asked = [...new Set(inputs.flatMap((p) => listActivityFiles(path.resolve(p))))];
  const checked = validateLibrary(roots, asked);
  const issues = checked.flatMap((r) => r.issues.filter((i) => i.severity === 'error'));
  if (issues.length) return { files: [], activities: [], lessons: [], issues };
  // A lesson's steps come with it: the library's file of each step not asked for.
  const stepIds = new Set(checked.flatMap((r) => r.lesson?.steps.map((s) => s.activity) ?? []));
  const have = new Set(checked.flatMap((r) => (r.activity ? [r.activity.id] : [])));
  const missing = [...stepIds].filter((id) => !have.has(id));
  const steps = missing.length ? validateLibrary(roots, listActivityFiles(roots.levels)).filter((r) => r.activity && missing.includes(r.activity.id)) : [];

  const files: Collected['files'] = [];
  const media = new Map<string, string>();
  for (const r of [...checked, ...steps]) {
    const value = r.activity ?? r.lesson;
    if (!value) continue;
    const text = readFileSync(r.abs, 'utf8');
    const keys = new Map<string, string>();
    for (const ref of mediaRefsOf(JSON.parse(text))) {
      const found = resolveMediaRef(roots, r.abs, ref);
      if (!found) continue; // the validator said so already
      keys.set(ref, found.url);
      media.set(found.url, found.abs ?? path.join(roots.public, found.url));
    }
    const place = r.activity ? `activities/${r.activity.id}.json` : `lessons/${r.lesson!.id}.json`;
    files.push({ path: place, bytes: new TextEncoder().encode(withPackRefs(text, keys)) });
  }
  for (const [key, abs] of media) files.push({ path: mediaPathOf(key), bytes: new Uint8Array(readFileSync(abs)) });
  const activities = [...checked, ...steps].flatMap((r) => (r.activity ? [r.activity] : []));
  const lessons = checked.flatMap((r) => (r.lesson ? [r.lesson] : []));
  return { files, activities, lessons, issues };
}

/** A lesson plan or video file to add, under plan/ or video/ (its size checked before it is read). */
export function extraFile(file: string, folder: 'plan' | 'video', maxBytes: number): { path: string; bytes: Uint8Array } {
  const size = statSync(file).size;
  if (size > maxBytes) throw new Error(`${file}: ${Math.round(size / 1048576)} MB, over the ${Math.round(maxBytes / 1048576)} MB a pack allows for a ${folder}`);
  return { path: `${folder}/${path.basename(file)}`, bytes: new Uint8Array(readFileSync(file)) };
}
