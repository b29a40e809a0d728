/**
 * npm run validate [--lang vi|en] [paths…]
 * Checks activity files (default: all of levels/) and prints every problem as
 * `file:line:column  json.path  message`. Exits 1 on any error; warnings do not fail.
 */
import path from 'node:path';
import { defaultRoots, listActivityFiles, validateLibrary } from '../build/library.ts';
import { createI18n } from '../i18n/index.ts';
import { formatIssue } from '../model/activity/issues.ts';

function parseArgs(argv: string[]): { lang: 'vi' | 'en'; paths: string[] } {
  let lang: 'vi' | 'en' = process.env.LOPVUI_LANG === 'en' ? 'en' : 'vi';
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = a.startsWith('--lang=') ? a.slice(7) : a === '--lang' ? argv[++i] : undefined;
    if (value !== undefined) {
      if (value !== 'vi' && value !== 'en') throw new Error(`--lang takes vi or en, not ${value}`);
      lang = value;
    } else paths.push(a);
  }
  return { lang, paths };
}

const { lang, paths } = parseArgs(process.argv.slice(2));
const roots = defaultRoots(process.cwd());
const files = paths.length ? paths.flatMap((p) => listActivityFiles(path.resolve(p))) : listActivityFiles(roots.levels);
const results = validateLibrary(roots, files);
const t = createI18n(lang).t;
let errors = 0;
let warnings = 0;
for (const r of results) {
  for (const issue of r.issues) {
    if (issue.severity === 'error') errors++;
    else warnings++;
    console.log(formatIssue(issue, t));
  }
}
console.log(t('validation.summary', { files: results.length, errors, warnings }));
process.exitCode = errors > 0 ? 1 : 0;
