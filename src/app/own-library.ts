import type { CatalogEntry } from '../model/activity/catalog-entry.ts';
import type { Opened, OpenedMedia as Media } from '../contracts/opened.ts';
import type { Activity } from '../model/activity/schema.ts';
import { bandsOf } from '../model/activity/terms.ts';
import { keepOwnActivity, listOwnActivities, removeOwnActivity } from '../store/own-activities.ts';

/**
 * The teacher's own activities: a file opened or dropped in the player is previewed at once,
 * and may be kept in this device's library (IndexedDB) and removed again. Nothing is uploaded:
 * its pictures and sounds play from blob URLs of the files themselves.
 */
export class OwnLibrary {
  private readonly own = new Map<string, Opened>();
  private readonly urls = new Map<Blob, string>();
  /** The file opened last and not kept yet. */
  preview: Opened | undefined;

  constructor(
    private readonly publicMedia: ReadonlySet<string>,
    /** The library's ids, with their files: an own activity may not take one. */
    private readonly libraryIds: ReadonlyMap<string, string>,
  ) {}

  async load(): Promise<void> {
    for (const o of await listOwnActivities()) {
      const opened = await this.check({ path: o.file, text: o.text }, o.media);
      if (opened.activity) this.own.set(opened.activity.id, { ...opened, kept: true });
    }
  }

  /** Open what the teacher picked or dropped: the first .json file, with the rest as its media. */
  async openFiles(files: readonly File[]): Promise<Opened | undefined> {
    const json = files.find((f) => f.name.toLowerCase().endsWith('.json'));
    if (!json) return undefined;
    const media = files.filter((f) => f !== json).map((f) => ({ path: f.webkitRelativePath || f.name, blob: f as Blob }));
    const opened = await this.check({ path: json.webkitRelativePath || json.name, text: await json.text() }, media);
    this.preview = { ...opened, kept: false };
    return this.preview;
  }

  activity(id: string): Activity | undefined {
    return this.preview?.activity?.id === id ? this.preview.activity : this.own.get(id)?.activity;
  }

  /** A loader in the shape of the library's (for the player), if this id is one of the teacher's own. */
  loader(id: string): (() => Promise<{ default: Activity }>) | undefined {
    const mine = this.activity(id);
    return mine && (() => Promise.resolve({ default: mine }));
  }

  /** Menu entries: the kept activities, and the preview while it plays. */
  entries(): (CatalogEntry & { own: true })[] {
    const list = [...this.own.values()];
    if (this.preview?.activity && !this.own.has(this.preview.activity.id)) list.push(this.preview);
    return list.flatMap(({ file, activity: a, issues }) => {
      if (!a) return [];
      return [{ file, id: a.id, kind: a.kind, title: a.title, subject: a.subject, bands: bandsOf(a), issues, own: true as const, ...(a.icon && { icon: a.icon }) }];
    });
  }

  kept(): Opened[] {
    return [...this.own.values()];
  }

  async keep(): Promise<void> {
    const p = this.preview;
    if (!p?.activity) return;
    await keepOwnActivity({ id: p.activity.id, file: p.file, text: p.text, media: p.media, savedAt: Date.now() });
    this.own.set(p.activity.id, { ...p, kept: true });
    this.preview = { ...p, kept: true };
  }

  async remove(id: string): Promise<void> {
    await removeOwnActivity(id);
    const gone = this.own.get(id);
    this.own.delete(id);
    if (this.preview?.activity?.id === id) this.preview = undefined;
    for (const m of gone?.media ?? []) {
      const url = this.urls.get(m.blob);
      if (url) URL.revokeObjectURL(url);
      this.urls.delete(m.blob);
    }
  }

  close(): void {
    this.preview = undefined;
  }

  /** The validator (and with it every kind's format and rules) is fetched only when a file is opened: the menu never waits for it. */
  private async check(json: { path: string; text: string }, media: Media[]): Promise<Omit<Opened, 'kept'>> {
    const { openActivity } = await import('../model/activity/opened-file.ts');
    const urlOf = (m: Media) => {
      let url = this.urls.get(m.blob);
      if (!url) this.urls.set(m.blob, (url = URL.createObjectURL(m.blob)));
      // The name after # tells Howler the format (a blob: URL has no extension); fetches ignore it.
      return `${url}#${m.path.slice(m.path.lastIndexOf('/') + 1)}`;
    };
    const { file, activity, issues, media: used } = openActivity(json, media, { publicMedia: this.publicMedia, urlOf, libraryIds: this.libraryIds });
    // Only the files it uses are kept with it.
    return { file, issues, text: json.text, media: [...new Set(used.values())], ...(activity && { activity }) };
  }
}
