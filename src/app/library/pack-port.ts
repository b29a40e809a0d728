import type { i18n } from 'i18next';
import type { PackPort } from '../../contracts/shared-library.ts';
import { formatIssue } from '../../model/activity/issues.ts';
import { type Lang, pick } from '../../model/activity/lang.ts';
import { compareVersions } from '../../model/pack/version.ts';
import { playOpened } from '../file-import.ts';
import type { Packs } from '../packs/packs.ts';

/**
 * The shared library's way into the device's packs (src/app/packs): what is kept, keeping a
 * downloaded pack (checked and kept whole by the same code as a pack opened from a file), and a
 * preview played as an opened file is, nothing kept. Refusals read as the import says them.
 */
export function packPort(packs: Packs, settings: { i18n: i18n; lang: Lang }): PackPort {
  const says = (errors: Parameters<typeof formatIssue>[0][]) => errors.map((e) => formatIssue(e, (k, p) => settings.i18n.t(k, p))).join('\n');
  return {
    compare: compareVersions,
    installed: async () => new Map(packs.list().map((k) => [k.manifest.id, k.manifest.version])),
    install: async (bytes, name) => {
      const r = await packs.install(bytes, { name });
      if (r.status === 'refused') return { ok: false, message: says(r.errors) };
      return { ok: true, title: pick(r.manifest.title, settings.lang) };
    },
    preview: async (bytes, name) => {
      const { checked, opened } = await packs.preview(bytes, name);
      if (!checked.ok) return { ok: false, message: says(checked.errors) };
      if (opened && playOpened(opened)) return { ok: true };
      return { ok: false, message: settings.i18n.t('library.nothingToPreview') };
    },
  };
}
