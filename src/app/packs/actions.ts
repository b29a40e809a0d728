import type { PackActions } from '../../contracts/packs.ts';
import type { CatalogEntry } from '../../model/activity/catalog-entry.ts';
import { type Lang, pick } from '../../model/activity/lang.ts';
import type { Activity } from '../../model/activity/schema.ts';
import type { Lesson } from '../../model/lesson/lesson-schema.ts';
import { loadPackAuthor, savePackAuthor } from '../../store/pack-author.ts';
import type { OwnLibrary } from '../own-library.ts';
import { takeDropped } from './dropped.ts';
import { buildPack } from './export.ts';
import type { Packs } from './packs.ts';

export interface PackActionDeps {
  packs: Packs;
  own: OwnLibrary;
  entries: readonly CatalogEntry[];
  /** The library's lessons and the device's own. */
  lessons(): Lesson[];
  loadActivity(id: string): Promise<Activity | undefined>;
  lang(): Lang;
}

/** The teacher's area's pack actions, from the app's parts. */
export function packActions(d: PackActionDeps): PackActions {
  return {
    kept: () => d.packs.list(),
    check: (name, bytes, onProgress) => d.packs.check(bytes, name, onProgress),
    keep: (c, onProgress) => d.packs.keep(c, onProgress),
    remove: (id) => d.packs.remove(id),
    install: (name, bytes, onProgress) => d.packs.install(bytes, { name, ...(onProgress && { onProgress }) }),
    preview: async (name, bytes) => {
      const { checked, opened } = await d.packs.preview(bytes, name);
      // A pack of the library's own activities opens nothing new: its first activity plays from the library.
      const first = checked.ok ? checked.pack.activities[0]?.value.id : undefined;
      const play = opened?.lesson
        ? { kind: 'lesson' as const, id: opened.lesson.id }
        : opened?.activity
          ? { kind: 'activity' as const, id: opened.activity.id }
          : first
            ? { kind: 'activity' as const, id: first }
            : undefined;
      return play ? { checked, play } : { checked };
    },
    takeDropped,
    exportable: () => {
      const lang = d.lang();
      const lessons = d.lessons().map((l) => ({ kind: 'lesson' as const, id: l.id, title: pick(l.title, lang) }));
      const seen = new Set<string>();
      const activities = [...d.entries, ...d.own.entries()].flatMap((e) =>
        e.id && e.title && !seen.has(e.id) && seen.add(e.id) ? [{ kind: 'activity' as const, id: e.id, title: pick(e.title, lang) }] : [],
      );
      const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, lang);
      return [...lessons.sort(byTitle), ...activities.sort(byTitle)];
    },
    export: (item, who) => buildPack({ loadActivity: d.loadActivity, lesson: (id) => d.lessons().find((l) => l.id === id) }, item, who),
    authorship: loadPackAuthor,
    saveAuthorship: savePackAuthor,
  };
}
