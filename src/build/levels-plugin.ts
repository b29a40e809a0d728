import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { createI18n } from '../i18n/index.ts';
import { formatIssue, hasErrors } from '../model/activity/issues.ts';
import { firstItemWords } from '../app/first-item/words.ts';
import { playsFirstItemEarly } from '../app/first-item/which.ts';
import { catalogEntry, defaultRoots, publicMedia, validateLibrary, type LibraryFile, type LibraryRoots } from './library.ts';

const CATALOG = 'virtual:lopvui/catalog';
const ACTIVITY = 'virtual:lopvui/activity/';
const FIRST_ITEMS = 'virtual:lopvui/first-items';
const MEDIA_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp',
  '.ogg': 'audio/ogg', '.mp3': 'audio/mpeg', '.m4a': 'audio/mp4', '.wav': 'audio/wav', '.webm': 'audio/webm',
};

/**
 * The library of levels/ as modules: `virtual:lopvui/catalog` (what the menu shows, with every
 * file's problems) and one `virtual:lopvui/activity/<id>` chunk per valid activity, loaded when
 * it is played. The build fails on any invalid level; the dev server shows it as an error card
 * and reloads the page when a level changes.
 */
export interface LevelsApi {
  /** The validated library (validated once per build). */
  library(): LibraryFile[];
  roots(): LibraryRoots;
}

export function levelsPlugin(): Plugin<LevelsApi> {
  let root = process.cwd();
  let isBuild = false;
  let library: LibraryFile[] | undefined;
  const roots = () => defaultRoots(root);
  const load = () => (library ??= validateLibrary(roots()));

  return {
    name: 'lopvui-levels',
    api: { library: load, roots },
    configResolved(config) {
      root = config.root;
      isBuild = config.command === 'build';
    },
    buildStart() {
      library = undefined;
      const files = load();
      for (const f of files) this.addWatchFile(f.abs);
      const issues = files.flatMap((f) => f.issues);
      if (isBuild && hasErrors(issues)) {
        const t = createI18n(process.env.LOPVUI_LANG === 'en' ? 'en' : 'vi').t;
        this.error(`invalid levels:\n${issues.filter((i) => i.severity === 'error').map((i) => formatIssue(i, t)).join('\n')}`);
      }
    },
    resolveId(id) {
      if (id === CATALOG || id === FIRST_ITEMS || id.startsWith(ACTIVITY)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id === `\0${CATALOG}`) {
        const files = load();
        const entries = files.filter((f) => !f.lesson).map(catalogEntry);
        const lessons = files.flatMap((f) => (f.lesson ? [f.lesson] : []));
        const loaders = files
          .filter((f) => f.activity)
          .map((f) => `${JSON.stringify(f.activity?.id)}: () => import(${JSON.stringify(ACTIVITY + f.activity?.id)})`);
        const media = publicMedia(roots());
        return `export const entries = ${JSON.stringify(entries)};\nexport const lessons = ${JSON.stringify(lessons)};\nexport const loaders = {${loaders.join(',\n')}};\nexport const publicMedia = ${JSON.stringify(media)};\n`;
      }
      if (id === `\0${FIRST_ITEMS}`) {
        // The activities whose first item plays before the engine has loaded (src/app/first-item/), each by
        // the same chunk the player loads it from, and the few words that item says.
        const early = load().flatMap((f) => (f.activity && playsFirstItemEarly(f.activity) ? [f.activity.id] : []));
        const loaders = early.map((a) => `${JSON.stringify(a)}: () => import(${JSON.stringify(ACTIVITY + a)})`);
        return `export const firstItems = {${loaders.join(',\n')}};\nexport const words = ${JSON.stringify(firstItemWords())};\n`;
      }
      if (id.startsWith(`\0${ACTIVITY}`)) {
        const wanted = id.slice(ACTIVITY.length + 1);
        const file = load().find((f) => f.activity?.id === wanted);
        return `export default ${JSON.stringify(file?.activity ?? null)};`;
      }
      return undefined;
    },
    generateBundle() {
      const copied = new Set<string>();
      for (const f of load()) {
        for (const abs of f.media) {
          if (copied.has(abs)) continue;
          copied.add(abs);
          const fileName = `levels/${path.relative(roots().levels, abs).split(path.sep).join('/')}`;
          this.emitFile({ type: 'asset', fileName, source: readFileSync(abs) });
        }
      }
    },
    configureServer(server) {
      const { levels } = roots();
      server.watcher.add(levels);
      const changed = (file: string) => {
        if (!file.startsWith(levels)) return;
        library = undefined;
        invalidate(server);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', changed).on('change', changed).on('unlink', changed);
      // The media of levels/ are served from the folder itself while developing.
      server.middlewares.use('/levels', (req, res, next) => {
        const rel = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const abs = path.resolve(levels, `.${rel}`);
        const type = MEDIA_TYPES[path.extname(abs).toLowerCase()];
        if (!type || !abs.startsWith(levels + path.sep)) return next();
        try {
          const body = readFileSync(abs);
          res.setHeader('Content-Type', type);
          res.end(body);
        } catch {
          next();
        }
      });
    },
  };
}

function invalidate(server: ViteDevServer) {
  for (const mod of server.moduleGraph.idToModuleMap.values()) {
    if (mod.id?.startsWith(`\0${CATALOG}`) || mod.id?.startsWith(`\0${FIRST_ITEMS}`) || mod.id?.startsWith(`\0${ACTIVITY}`)) server.moduleGraph.invalidateModule(mod);
  }
}
