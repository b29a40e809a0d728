/**
 * npm run library -- <folder of packs> [--lang vi|en]
 * Writes <folder>/library.json: each pack's manifest, file name, size and SHA-256, read and
 * checked by the pack format's own reader. A pack it would refuse is reported (`file:line:col  reason`)
 * and left out; exits 1 if any was. An older file of a pack the folder also holds newer is left
 * out too (said, not an error). The folder is then a library: serve it with any static server.
 */
import path from 'node:path';
import { writeLibraryFolder } from '../build/library-folder.ts';
import { createI18n } from '../i18n/index.ts';
import { LIBRARY_FILE } from '../model/library/library-index.ts';

function parseArgs(argv: string[]): { lang: 'vi' | 'en'; folder: string | undefined } {
  let lang: 'vi' | 'en' = process.env.LOPVUI_LANG === 'en' ? 'en' : 'vi';
  let folder: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = a.startsWith('--lang=') ? a.slice(7) : a === '--lang' ? argv[++i] : undefined;
    if (value === 'vi' || value === 'en') lang = value;
    else if (value !== undefined) throw new Error(`--lang takes vi or en, not ${value}`);
    else folder = a;
  }
  return { lang, folder };
}

const { lang, folder } = parseArgs(process.argv.slice(2));
const t = createI18n(lang).t;
if (!folder) {
  console.error(t('cli.library.usage'));
  process.exit(2);
}
const built = await writeLibraryFolder(path.resolve(folder), t);
// Each reason names its file already, as `npm run validate` does: `pack.lopvui/activities/x.json:3:5  path  message`.
for (const b of built.bad) for (const reason of b.reasons) console.error(reason);
for (const s of built.superseded) console.log(t('cli.library.superseded', { file: s.file, by: s.by }));
console.log(t('cli.library.wrote', { file: path.join(folder, LIBRARY_FILE), count: built.library.packs.length, bad: built.bad.length }));
process.exitCode = built.bad.length ? 1 : 0;
