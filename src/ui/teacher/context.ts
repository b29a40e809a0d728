import type { SyncStatus } from '../../model/sync/lrs-sync.ts';
import type { LrsConfig } from '../../store/lrs-config.ts';
import type { SetAside } from '../../store/outbox-store.ts';
import type { i18n } from 'i18next';
import type { CatalogEntry } from '../../model/activity/catalog-entry.ts';
import type { Lang } from '../../model/activity/lang.ts';
import type { Activity } from '../../model/activity/schema.ts';
import type { AppData } from '../../store/app-data.ts';
import type { Prefs } from '../../store/prefs.ts';

/** What every panel of the teacher's area reads. */
export interface TeacherContext {
  i18n: i18n;
  lang: Lang;
  data: AppData;
  entries: CatalogEntry[];
  loadActivity(id: string): Promise<Activity | undefined>;
  /** Draw the current panel again (after a change). */
  refresh(): void;
  /** The PIN was reset with the recovery code at this time since the last opening with the PIN. */
  pinResetAt?: number;
  prefs: Prefs;
  setPrefs(p: Prefs): void;
  muted(): boolean;
  setMuted(m: boolean): void;
  /** The teacher's own activities on this device: open a file (it plays at once), remove one kept. */
  /** The school's LRS: test a configuration, send now, what waits and what was refused. */
  sync: { status(): SyncStatus; now(): Promise<void>; test(c: LrsConfig): Promise<{ ok: boolean; detail: string }>; rejected(): Promise<SetAside[]> };
  own: { kept(): { id: string; title: string }[]; open(files: File[]): void; remove(id: string): Promise<void>; preview(): { title: string; kept: boolean } | undefined; keep(): Promise<void> };
}
