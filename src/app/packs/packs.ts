import type { Checked, InstallResult, Progress } from '../../contracts/packs.ts';
import { mediaRefsOf } from '../../model/pack/contents.ts';
import { decideInstall } from '../../model/pack/decide.ts';
import { mediaPathOf } from '../../model/pack/paths.ts';
import type { OwnActivity } from '../../store/own-activities.ts';
import { type KeptPackRecord, keepPackWhole, listKeptPacks, removePackWhole } from '../../store/packs.ts';
import type { Opened, OwnLibrary } from '../own-library.ts';

const LESSON = 'lesson:';

/**
 * The packs of this device (teacher's area, behind the gate): read and check one, show what it
 * holds, keep it whole (a newer version replaces the older whole; the same version is nothing to
 * do; an older one or one whose activity id another pack has is refused), remove one, or play
 * one as a preview without keeping it. Its activities and lessons join the device's own library,
 * so they play offline as a kept file does.
 */
export class Packs {
  private kept: KeptPackRecord[] = [];

  constructor(
    private readonly own: OwnLibrary,
    /** The player's library: a pack's copy of one of its activities is left to it. */
    private readonly libraryIds: ReadonlySet<string>,
  ) {}

  async load(): Promise<void> {
    this.kept = await listKeptPacks();
  }

  list(): readonly KeptPackRecord[] {
    return this.kept;
  }

  /** The pack an activity was kept from, for its statements. */
  packOf(activityId: string): { id: string; version: string } | undefined {
    const p = this.kept.find((k) => k.activityIds.includes(activityId));
    return p && { id: p.manifest.id, version: p.manifest.version };
  }

  /** Read and check a pack file; nothing is kept. */
  async check(bytes: Uint8Array, name: string, onProgress?: Progress): Promise<Checked> {
    const { readPack } = await import('../../model/pack/read.ts');
    const r = await readPack(bytes, { name, knownActivityIds: this.knownIds(), onProgress: (done, total) => onProgress?.(total ? (0.8 * done) / total : 0) });
    if (!r.ok) return { ok: false, name, errors: r.errors };
    const decision = decideInstall(
      r.pack.manifest,
      r.pack.activities.map((a) => a.value.id),
      { packs: this.kept.map((k) => ({ id: k.manifest.id, version: k.manifest.version, title: k.manifest.title, activityIds: k.activityIds })), ownIds: this.looseIds(), libraryIds: this.libraryIds },
      name,
    );
    return { ok: true, name, pack: r.pack, decision };
  }

  /** Keep a checked pack, whole or not at all. */
  async keep(c: Checked, onProgress?: Progress): Promise<InstallResult> {
    if (!c.ok) return { status: 'refused', errors: c.errors };
    const { pack, decision } = c;
    const manifest = pack.manifest;
    if (decision.kind === 'refused') return { status: 'refused', errors: decision.errors };
    if (decision.kind === 'same') return { status: 'same', manifest };
    const now = Date.now();
    const from = { id: manifest.id, version: manifest.version };
    const blob = (path: string) => {
      const f = pack.files.get(path);
      return f && new Blob([f.bytes as Uint8Array<ArrayBuffer>]);
    };
    const mediaOf = (text: string) =>
      mediaRefsOf(JSON.parse(text)).flatMap((ref) => {
        const b = blob(mediaPathOf(ref));
        return b ? [{ path: ref, blob: b }] : [];
      });
    const records: OwnActivity[] = [
      ...pack.activities
        .filter((a) => !decision.skipped.includes(a.value.id))
        .map((a) => ({ id: a.value.id, file: `${manifest.id}/${a.path}`, text: a.text, media: mediaOf(a.text), savedAt: now, pack: from })),
      ...pack.lessons.map((l) => ({ id: LESSON + l.value.id, file: `${manifest.id}/${l.path}`, text: l.text, media: mediaOf(l.text), savedAt: now, pack: from })),
    ];
    const extras = [...pack.files].filter(([, f]) => f.role === 'plan' || f.role === 'video').map(([path]) => ({ path, blob: blob(path)! }));
    const old = this.kept.find((k) => k.id === manifest.id);
    const record: KeptPackRecord = {
      id: manifest.id,
      manifest,
      keys: records.map((r) => r.id),
      activityIds: records.filter((r) => !r.id.startsWith(LESSON)).map((r) => r.id),
      extras,
      file: c.name,
      savedAt: now,
    };
    onProgress?.(0.85);
    await keepPackWhole(record, records, old?.keys ?? []);
    // The device's library in memory follows: the old version's files go, the new ones come.
    for (const key of old?.keys ?? []) if (!record.keys.includes(key)) await this.own.remove(key);
    await this.own.load();
    await this.load();
    onProgress?.(1);
    return decision.kind === 'update' ? { status: 'updated', manifest, from: decision.from, skipped: decision.skipped } : { status: 'installed', manifest, skipped: decision.skipped };
  }

  /** Check and keep in one go (a pack downloaded from a library). */
  async install(bytes: Uint8Array, opts: { name?: string; onProgress?: Progress } = {}): Promise<InstallResult> {
    const c = await this.check(bytes, opts.name ?? 'pack', opts.onProgress);
    return this.keep(c, opts.onProgress);
  }

  async remove(id: string): Promise<void> {
    const p = this.kept.find((k) => k.id === id);
    if (!p) return;
    await removePackWhole(p);
    for (const key of p.keys) await this.own.remove(key);
    await this.load();
  }

  /**
   * Play a pack without keeping it: its lesson (or first activity) is opened as a file would
   * be. Activities the player's library has play from the library. Undefined for a refused pack.
   */
  async preview(bytes: Uint8Array, name = 'pack'): Promise<{ checked: Checked; opened?: Opened }> {
    const checked = await this.check(bytes, name);
    if (!checked.ok) return { checked };
    const { pack } = checked;
    const texts = [...pack.lessons, ...pack.activities.filter((a) => !this.libraryIds.has(a.value.id))].map((j) => ({ path: `${pack.manifest.id}/${j.path}`, text: j.text }));
    const media = [...pack.files].filter(([, f]) => f.role === 'media').map(([path, f]) => ({ path: path.slice('media/'.length), blob: new Blob([f.bytes as Uint8Array<ArrayBuffer>]) }));
    const opened = await this.own.openTexts(texts, media);
    return opened ? { checked, opened } : { checked };
  }

  /** Activities a pack's lesson may name: the library's and those kept on this device. */
  private knownIds(): Set<string> {
    return new Set([...this.libraryIds, ...this.own.kept().flatMap((k) => (k.id.startsWith(LESSON) ? [] : [k.id]))]);
  }

  /** Activities kept from loose files (not from a pack). */
  private looseIds(): Set<string> {
    const fromPacks = new Set(this.kept.flatMap((k) => k.keys));
    return new Set(this.own.kept().flatMap((k) => (k.id.startsWith(LESSON) || fromPacks.has(k.id) ? [] : [k.id])));
  }
}
