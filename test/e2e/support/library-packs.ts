import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultRoots, isLessonFile, listActivityFiles } from '../../../src/build/library.ts';
import { collectPack } from '../../../src/build/pack-collect.ts';
import { bothLangs, gatheredTerms } from '../../../src/model/pack/contents.ts';
import { writePack } from '../../../src/model/pack/index.ts';

const project = path.resolve(import.meta.dirname, '../../..');

/** A pack the shared-library tests made, as they look for it in the page. */
export interface MadePack {
  file: string;
  id: string;
  title: { vi: string; en: string };
  /** Its activities' ids (as renamed for the cluster). */
  activities: string[];
  kind?: string;
}

const SCHOOLS = ['TH Kim Đồng', 'TH Lê Lợi', 'MN Hoa Sen'];
const AUTHORS = ['Cô Lan', 'Thầy Minh', 'Cô Hoa'];

/**
 * One pack per activity and per lesson of the project's own levels/ (pictures and sounds
 * gathered by `npm run pack`'s collector), as a colleague's copies: every activity id gets a
 * prefix (`cum-`, or `cumN-` inside lesson N's pack) so that it is not the player's own (the
 * player's library would play instead), and schools and authors vary so the filters have
 * something to filter.
 */
export async function packsFromLevels(dir: string, only?: (id: string) => boolean, version = '1.0.0', titleSuffix = ''): Promise<MadePack[]> {
  const roots = defaultRoots(project);
  const made: MadePack[] = [];
  const files = listActivityFiles(roots.levels).sort();
  for (const [i, file] of files.entries()) {
    const lesson = isLessonFile(file);
    const prefix = lesson ? `cum${i}-` : 'cum-';
    const collected = collectPack(roots, [file]);
    if (collected.issues.length) throw new Error(`${file}: ${collected.issues.map((x) => x.key).join(', ')}`);
    const main = lesson ? collected.lessons[0] : collected.activities[0];
    if (!main) continue;
    const packId = `cum3.${prefix}${main.id}`;
    if (only && !only(packId)) continue;
    const renamed = collected.files.map((f) => {
      const m = /^(activities|lessons)\/(.+)\.json$/.exec(f.path);
      if (!m) return f;
      const value = JSON.parse(new TextDecoder().decode(f.bytes)) as { id: string; steps?: { activity: string }[] };
      value.id = `${m[1] === 'lessons' ? 'cum-' : prefix}${value.id}`;
      for (const step of value.steps ?? []) step.activity = `${prefix}${step.activity}`;
      return { path: `${m[1]}/${value.id}.json`, bytes: new TextEncoder().encode(JSON.stringify(value, null, 2)) };
    });
    const title = bothLangs(main.title);
    const bytes = await writePack({
      manifest: {
        id: packId,
        version,
        title: { vi: title.vi + titleSuffix, en: title.en + titleSuffix },
        description: { vi: `Bản của cụm 3, từ ${path.relative(project, file)}`, en: `Cluster 3's copy of ${path.relative(project, file)}` },
        authors: [AUTHORS[i % AUTHORS.length] ?? 'Cô Lan'],
        school: SCHOOLS[i % SCHOOLS.length],
        cluster: 'Cụm 3',
        ...gatheredTerms(collected.activities, collected.lessons),
      },
      files: renamed,
    });
    const name = `${packId}-${version}.lopvui`;
    writeFileSync(path.join(dir, name), bytes);
    const activities = renamed.filter((f) => f.path.startsWith('activities/')).map((f) => f.path.slice('activities/'.length, -'.json'.length));
    made.push({ file: name, id: packId, title: { vi: title.vi + titleSuffix, en: title.en + titleSuffix }, activities, ...(!lesson && { kind: collected.activities[0]?.kind }) });
  }
  return made;
}

/** `npm run library -- <dir>`, as a teacher runs it; its output (throws when it exits 1). */
export function indexLibrary(dir: string): string {
  return execFileSync('npm', ['run', '--silent', 'library', '--', dir], { cwd: project, encoding: 'utf8' });
}
