/**
 * npm run pack -- <files or folders> [--out file] [--id id] [--version x.y.z] [--title-vi …] [--title-en …]
 *   [--author name]… [--school …] [--cluster …] [--license SPDX] [--description-vi …] [--description-en …]
 *   [--plan file.pdf|docx|odt] [--video file.mp4|webm] [--lang vi|en]
 * Makes an activity pack (.lopvui) of activities and lessons with every picture and sound they
 * use, checked as `npm run validate` checks them; a lesson brings its steps. Fields not given
 * are gathered (bands, subjects, competencies from the activities; the title and id from the
 * lesson, or the one activity, or the folder) or take the defaults (version 1.0.0, CC-BY-4.0).
 * The pack written is read back with the importer's own checks before the command says done.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { extraFile, collectPack } from '../build/pack-collect.ts';
import { defaultRoots } from '../build/library.ts';
import { createI18n } from '../i18n/index.ts';
import { formatIssue } from '../model/activity/issues.ts';
import { bothLangs, gatheredTerms, packIdFrom } from '../model/pack/contents.ts';
import { DEFAULT_LIMITS } from '../model/pack/limits.ts';
import { DEFAULT_LICENSE } from '../model/pack/manifest.ts';
import { readPack } from '../model/pack/read.ts';
import { writePack } from '../model/pack/write.ts';

const VALUED = ['out', 'id', 'version', 'title-vi', 'title-en', 'author', 'school', 'cluster', 'license', 'description-vi', 'description-en', 'plan', 'video', 'lang'] as const;
type Flag = (typeof VALUED)[number];

export function parsePackArgs(argv: readonly string[]): { flags: Partial<Record<Flag, string[]>>; paths: string[] } {
  const flags: Partial<Record<Flag, string[]>> = {};
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (!a.startsWith('--')) {
      paths.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!(VALUED as readonly string[]).includes(name)) throw new Error(`unknown option --${name}; options: ${VALUED.map((v) => `--${v}`).join(' ')}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    (flags[name as Flag] ??= []).push(value);
  }
  return { flags, paths };
}

async function main(): Promise<void> {
  const { flags, paths } = parsePackArgs(process.argv.slice(2));
  const one = (f: Flag) => flags[f]?.at(-1);
  const lang = one('lang') === 'en' || (!one('lang') && process.env.LOPVUI_LANG === 'en') ? 'en' : 'vi';
  const t = createI18n(lang).t;
  if (!paths.length) {
    console.error('Usage: npm run pack -- <activity or lesson files, or folders> [--out file.lopvui] [--id …] [--version x.y.z] [--author …] [--license SPDX] [--plan file] [--video file]');
    process.exitCode = 2;
    return;
  }
  const roots = defaultRoots(process.cwd());
  const collected = collectPack(roots, paths);
  if (collected.issues.length) {
    for (const issue of collected.issues) console.error(formatIssue(issue, t));
    process.exitCode = 1;
    return;
  }
  const { activities, lessons } = collected;
  const main = lessons.length === 1 ? lessons[0] : activities.length === 1 ? activities[0] : undefined;
  const folder = path.basename(path.resolve(paths[0]!));
  const id = one('id') ?? packIdFrom(main?.id ?? folder);
  const title = main ? bothLangs(main.title) : { vi: folder, en: folder };
  const authors = flags.author ?? [...new Set(activities.flatMap((a) => (a.author ? [a.author] : [])))];
  const extras = [...(flags.plan ?? []).map((f) => extraFile(f, 'plan', DEFAULT_LIMITS.maxFileBytes)), ...(flags.video ?? []).map((f) => extraFile(f, 'video', DEFAULT_LIMITS.maxVideoBytes))];
  const descVi = one('description-vi');
  const descEn = one('description-en');
  const bytes = await writePack({
    manifest: {
      id,
      version: one('version') ?? '1.0.0',
      title: { vi: one('title-vi') ?? title.vi, en: one('title-en') ?? title.en },
      ...((descVi ?? descEn) && { description: { vi: descVi ?? descEn!, en: descEn ?? descVi! } }),
      authors: authors.length ? authors : ['Lớp Vui'],
      ...(one('school') && { school: one('school') }),
      ...(one('cluster') && { cluster: one('cluster') }),
      license: one('license') ?? DEFAULT_LICENSE,
      ...gatheredTerms(activities, lessons),
    },
    files: [...collected.files, ...extras],
  });
  const out = path.resolve(one('out') ?? `${id}.lopvui`);
  // The importer's checks, here first: a pack this command writes is one a tablet accepts.
  const check = await readPack(bytes, { name: path.basename(out) });
  if (!check.ok) {
    for (const issue of check.errors) console.error(formatIssue(issue, t));
    process.exitCode = 1;
    return;
  }
  writeFileSync(out, bytes);
  const m = check.pack.manifest;
  console.log(
    `${path.relative(process.cwd(), out) || out}: ${m.id} ${m.version}, ${activities.length} activities, ${lessons.length} lessons, ${m.files.length} files, ${(bytes.length / 1024).toFixed(0)} KB (${m.license})`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}
