import { MEDIA_KEYS, eachProperty } from '../../model/activity/media-refs.ts';
import type { Activity } from '../../model/activity/schema.ts';
import type { Lesson } from '../../model/lesson/lesson-schema.ts';
import { bothLangs, gatheredTerms, mediaRefsOf, packIdFrom } from '../../model/pack/contents.ts';
import { mediaPathOf } from '../../model/pack/paths.ts';
import type { PackAuthor } from '../../store/pack-author.ts';

export interface ExportSource {
  /** The library's or the device's own activity, as the player loads it (media as URLs it can fetch). */
  loadActivity(id: string): Promise<Activity | undefined>;
  lesson(id: string): Lesson | undefined;
}

/**
 * An activity or a lesson (with its steps) of this device as a pack: the files as the player
 * holds them (the library's, or a teacher's own), each picture and sound fetched from where the
 * player loads it (the app's files, offline from its cache, or the blob of a kept file) and put
 * under media/ with the references rewritten to it. `writePack` computes the hashes.
 */
export async function buildPack(source: ExportSource, item: { kind: 'activity' | 'lesson'; id: string }, who: PackAuthor & { version: string }): Promise<{ name: string; bytes: Uint8Array }> {
  const lesson = item.kind === 'lesson' ? source.lesson(item.id) : undefined;
  const ids = lesson ? [...new Set(lesson.steps.map((s) => s.activity))] : [item.id];
  const activities: Activity[] = [];
  for (const id of ids) {
    const a = await source.loadActivity(id);
    if (!a) throw new Error(`no activity "${id}" on this device`);
    activities.push(a);
  }
  const main = lesson ?? activities[0]!;
  const files: { path: string; bytes: Uint8Array }[] = [];
  const keys = new Map<string, string>();
  const used = new Set<string>();
  const keyOf = (url: string) => {
    let key = keys.get(url);
    if (key) return key;
    // A kept file's media are blob: URLs named after the file (#meo-vi.ogg); the app's are paths.
    const name = url.startsWith('blob:') ? `files/${url.slice(url.lastIndexOf('#') + 1).replace(/[^\w.-]+/g, '-') || 'file'}` : url.replace(/^\.?\/+/, '');
    key = name;
    for (let n = 2; used.has(key); n++) key = name.replace(/(\.[^./]+)?$/, `-${n}$1`);
    used.add(key);
    keys.set(url, key);
    return key;
  };
  const add = async (value: Activity | Lesson, place: string) => {
    for (const url of mediaRefsOf(value)) {
      if (keys.has(url)) continue;
      const key = keyOf(url);
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      files.push({ path: mediaPathOf(key), bytes: new Uint8Array(await res.arrayBuffer()) });
    }
    files.push({ path: place, bytes: new TextEncoder().encode(`${JSON.stringify(withKeys(value, keys), null, 2)}\n`) });
  };
  for (const a of activities) await add(a, `activities/${a.id}.json`);
  if (lesson) await add(lesson, `lessons/${lesson.id}.json`);
  const { writePack } = await import('../../model/pack/write.ts');
  const id = packIdFrom(main.id);
  const bytes = await writePack({
    manifest: {
      id,
      version: who.version,
      title: bothLangs(main.title),
      authors: who.authors,
      license: who.license,
      ...(who.school && { school: who.school }),
      ...(who.cluster && { cluster: who.cluster }),
      ...gatheredTerms(activities, lesson ? [lesson] : []),
    },
    files,
  });
  return { name: `${id}-${who.version}.lopvui`, bytes };
}

/** A copy of the activity or lesson with every media reference replaced by its key in the pack. */
function withKeys<T extends Activity | Lesson>(value: T, keys: ReadonlyMap<string, string>): T {
  const copy = structuredClone(value) as T & { $schema?: string };
  delete copy.$schema;
  eachProperty(copy, [], (holder, key) => {
    if (!MEDIA_KEYS.has(key)) return;
    const v = holder[key];
    if (typeof v === 'string') holder[key] = keys.get(v) ?? v;
    else if (v && typeof v === 'object') for (const [lang, url] of Object.entries(v)) if (typeof url === 'string') (v as Record<string, string>)[lang] = keys.get(url) ?? url;
  });
  return copy;
}
