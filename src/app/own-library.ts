import type { FileIssues, Opened, OpenedMedia as Media } from '../contracts/opened.ts';
import type { CatalogEntry } from '../model/activity/catalog-entry.ts';
import type { OpenedActivity, OpenedLesson } from '../model/activity/opened-file.ts';
import type { Activity } from '../model/activity/schema.ts';
import { bandsOf } from '../model/activity/terms.ts';
import type { Lesson } from '../model/lesson/lesson-schema.ts';
import { keepOwnActivity, listOwnActivities, removeOwnActivity } from '../store/own-activities.ts';
import { harmless } from './harmless-file.ts';

export type { FileIssues, Opened };

/** Kept lessons are stored beside the activities, under this prefix (an activity id has no colon). */
const LESSON = 'lesson:';

/**
 * The teacher's own activities and lessons: files opened or dropped in the player are
 * previewed at once, and may be kept in this device's library (IndexedDB) and removed again.
 * Nothing is uploaded: pictures and sounds play from blob URLs of the files themselves.
 * Media are made harmless first (harmless-file.ts: SVGs cleaned, every type from a list). Keeping
 * needs the gate: the teacher's area calls `keep`; a file dropped on the children's menu is only a preview.
 */
export class OwnLibrary {
  private readonly own = new Map<string, Opened>();
  private readonly ownLessons = new Map<string, Opened>();
  private readonly urls = new Map<Blob, string>();
  /** What was opened last and not kept yet (an activity, or a lesson with its activities in `parts`). */
  preview: Opened | undefined;

  constructor(
    private readonly publicMedia: ReadonlySet<string>,
    /** The library's ids, with their files: an own activity may not take one. */
    private readonly libraryIds: ReadonlyMap<string, string>,
  ) {}

  async load(): Promise<void> {
    const stored = await listOwnActivities();
    // Activities first: a kept lesson's steps name them.
    for (const o of stored.filter((s) => !s.id.startsWith(LESSON))) {
      const [opened] = await this.check([{ path: o.file, text: o.text }], await Promise.all(o.media.map(cleaned)));
      if (opened?.activity) this.own.set(opened.activity.id, { ...opened, kept: true });
    }
    for (const o of stored.filter((s) => s.id.startsWith(LESSON))) {
      const [opened] = await this.check([{ path: o.file, text: o.text }], await Promise.all(o.media.map(cleaned)));
      if (opened?.lesson) this.ownLessons.set(opened.lesson.id, { ...opened, kept: true });
    }
  }

  /**
   * Open what the teacher picked or dropped: every .json file is an activity or a lesson (by its
   * `$schema` or its shape), the rest their pictures and sounds. With a lesson among them, the
   * lesson is what is opened, with the activities picked together with it.
   */
  async openFiles(files: readonly File[]): Promise<Opened | undefined> {
    const jsons = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
    if (!jsons.length) return undefined;
    const media = await Promise.all(files.filter((f) => !jsons.includes(f)).map((f) => cleaned({ path: f.webkitRelativePath || f.name, blob: f })));
    const texts = await Promise.all(jsons.map(async (f) => ({ path: f.webkitRelativePath || f.name, text: await f.text() })));
    const [first] = await this.check(texts, media);
    this.preview = first && { ...first, kept: false };
    return this.preview;
  }

  activity(id: string): Activity | undefined {
    const p = this.preview;
    return (p?.activity?.id === id ? p.activity : p?.parts.find((x) => x.activity?.id === id)?.activity) ?? this.own.get(id)?.activity;
  }

  /** A loader in the shape of the library's (for the player), if this id is one of the teacher's own. */
  loader(id: string): (() => Promise<{ default: Activity }>) | undefined {
    const mine = this.activity(id);
    return mine && (() => Promise.resolve({ default: mine }));
  }

  lesson(id: string): Lesson | undefined {
    return this.preview?.lesson?.id === id ? this.preview.lesson : this.ownLessons.get(id)?.lesson;
  }

  /** The kept lessons, and the previewed one. */
  lessons(): Lesson[] {
    const list = [...this.ownLessons.values()].flatMap((o) => (o.lesson ? [o.lesson] : []));
    const p = this.preview?.lesson;
    return p && !this.ownLessons.has(p.id) ? [...list, p] : list;
  }

  /** Menu entries: the kept activities, and those previewed. Each says it is on this device and whose file it is. */
  entries(): (CatalogEntry & { own: true; from: string })[] {
    const list = [...this.own.values()];
    for (const p of [this.preview, ...(this.preview?.parts ?? [])]) if (p?.activity && !this.own.has(p.activity.id)) list.push(p);
    return list.flatMap(({ file, activity: a, issues }) => {
      if (!a) return [];
      const from = a.author ?? file.slice(file.lastIndexOf('/') + 1);
      return [{ file, id: a.id, kind: a.kind, title: a.title, subject: a.subject, bands: bandsOf(a), issues, own: true as const, from, ...(a.icon && { icon: a.icon }) }];
    });
  }

  /** What is kept on this device: activities, then lessons (their ids as `lesson:<id>`). */
  kept(): { id: string; opened: Opened }[] {
    return [
      ...[...this.own.entries()].map(([id, opened]) => ({ id, opened })),
      ...[...this.ownLessons.entries()].map(([id, opened]) => ({ id: LESSON + id, opened })),
    ];
  }

  /** Keep the preview; a lesson is kept with the activities opened with it. */
  async keep(): Promise<void> {
    const p = this.preview;
    if (!p) return;
    for (const part of p.parts) await this.keepOne(part);
    await this.keepOne(p);
    this.preview = { ...p, kept: true, parts: p.parts.map((x) => ({ ...x, kept: true })) };
  }

  private async keepOne(p: Opened): Promise<void> {
    const id = p.activity?.id ?? (p.lesson && LESSON + p.lesson.id);
    if (!id) return;
    await keepOwnActivity({ id, file: p.file, text: p.text, media: p.media, savedAt: Date.now() });
    if (p.activity) this.own.set(p.activity.id, { ...p, kept: true });
    if (p.lesson) this.ownLessons.set(p.lesson.id, { ...p, kept: true });
  }

  async remove(id: string): Promise<void> {
    await removeOwnActivity(id);
    const isLesson = id.startsWith(LESSON);
    const key = isLesson ? id.slice(LESSON.length) : id;
    const from = isLesson ? this.ownLessons : this.own;
    const gone = from.get(key);
    from.delete(key);
    if (this.preview?.activity?.id === key || this.preview?.lesson?.id === key) this.preview = undefined;
    for (const m of gone?.media ?? []) {
      const url = this.urls.get(m.blob);
      if (url) URL.revokeObjectURL(url);
      this.urls.delete(m.blob);
    }
  }

  close(): void {
    this.preview = undefined;
  }

  /**
   * The opened texts checked together: a lesson first (its activities as its parts), else each
   * activity. The validator (and with it every kind's format and rules) is fetched only when a
   * file is opened: the menu never waits for it.
   */
  private async check(jsons: { path: string; text: string }[], media: Media[]): Promise<Omit<Opened, 'kept'>[]> {
    const { openFiles } = await import('../model/activity/opened-file.ts');
    const urlOf = (m: Media) => {
      let url = this.urls.get(m.blob);
      if (!url) this.urls.set(m.blob, (url = URL.createObjectURL(m.blob)));
      // The name after # tells Howler the format (a blob: URL has no extension); fetches ignore it.
      return `${url}#${m.path.slice(m.path.lastIndexOf('/') + 1)}`;
    };
    // A step may name an activity kept on this device before, as well as the library's.
    const known = new Set(this.own.keys());
    const { activities, lessons } = openFiles(jsons, media, { publicMedia: this.publicMedia, urlOf, libraryIds: this.libraryIds, knownIds: known });
    const textOf = (file: string) => jsons.find((j) => j.path.replace(/\\/g, '/').replace(/^\.?\//, '') === file)?.text ?? '';
    const one = (o: OpenedActivity<Media> | OpenedLesson<Media>, parts: Omit<Opened, 'kept'>[] = []): Omit<Opened, 'kept'> => {
      // Only the files it uses are kept with it.
      const base = { file: o.file, issues: o.issues, text: textOf(o.file), media: [...new Set(o.media.values())], parts: parts.map((x) => ({ ...x, kept: false })) };
      const problems = [o, ...parts].filter((x) => x.issues.some((i) => i.severity === 'error')).map((x) => ({ file: x.file, issues: x.issues }));
      return { ...base, problems, ...('activity' in o && o.activity && { activity: o.activity }), ...('lesson' in o && o.lesson && { lesson: o.lesson }) };
    };
    const acts = activities.map((a) => one(a));
    if (lessons.length) return lessons.map((l) => one(l, acts));
    return acts;
  }
}

const cleaned = async (m: Media): Promise<Media> => ({ path: m.path, blob: await harmless(m.blob, m.path) });
