/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { levelsPlugin } from './src/build/levels-plugin.ts';
import { devCspPlugin } from './src/build/csp.ts';
import { firstMenuPlugin, firstSectionSvgs } from './src/build/first-menu.ts';
import { firstPicturesPlugin } from './src/build/first-pictures.ts';
import { inlineCssPlugin } from './src/build/inline-css.ts';
import { offlinePlugin } from './src/build/offline.ts';
import { phaserBuildPlugin } from './src/build/phaser-build.ts';

const levels = levelsPlugin();
const pictures = firstPicturesPlugin(levels.api!, firstSectionSvgs);

/** The first item drawn before the engine and the plain parts it shares with the engine (see codeSplitting below): none imports Phaser. */
const FIRST_ITEM_PARTS =
  /src[\\/](app[\\/]first-item[\\/](first-item|sketch)|engine[\\/](theme|media|kinds[\\/]choice-layout|scenes[\\/]frame-place|widgets[\\/](card-face|icons|round-face|canvas-pen|feedback))|audio[\\/](effect-notes|tone-wav)|model[\\/](random|checkpoint|kinds[\\/]score|kinds[\\/]choice[\\/]rules|activity[\\/](lang|terms))|store[\\/](resume|settings|tab)|ui[\\/](twins|live|fonts|visual-cues))\.ts$|node_modules[\\/]uuid[\\/]|^\0virtual:lopvui\/first-pictures$/;
/** What the entry (src/start.ts) imports, but the entry's own chunk cannot hold as the player imports it too (see codeSplitting below). */
const START_PARTS = /src[\\/](app[\\/](early-input|first-move|test-speed)|store[\\/]prefs)\.ts$|^\0(virtual:lopvui\/first-items|vite\/preload-helper)/;

/** The chunk the first screen runs besides the entry (see codeSplitting and postBanner below). */
const FIRST_SCREEN_CHUNK = 'start';

export default defineConfig({
  // Relative base: the built player works from any folder (a school server, a USB stick copy).
  base: './',
  plugins: [phaserBuildPlugin(import.meta.dirname), levels, pictures, firstMenuPlugin(levels.api!, pictures.api!), offlinePlugin(levels.api!), inlineCssPlugin(), devCspPlugin()],
  // In the page, every `import … from 'zod'` gets zod set jitless first (src/zod-jitless.ts): its CSP allows no
  // eval. Unit tests (Node, no CSP) keep zod's compiled parsers, as the CLI does.
  ...(!process.env.VITEST && { resolve: { alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./src/zod-jitless.ts', import.meta.url)) }] } }),
  // The earliest time a statement may carry (see model/evidence/time.ts).
  define: { __BUILD_TIME__: JSON.stringify(Date.now()) },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // The first screen's code is all called as the page opens: V8 compiles such a file whole, on a
        // background thread while it streams in, instead of each function on the main thread at its first call
        // (Chromium's explicit compile hints, from version 136; other browsers read a comment).
        postBanner: (chunk) => (chunk.isEntry || chunk.name === FIRST_SCREEN_CHUNK ? '//# allFunctionsCalledOnLoad\n' : ''),
        // Phaser is fetched only when an activity starts; the menu is plain DOM. In a build, `phaser` is a
        // classic script of its own (src/build/phaser-build.ts); this group keeps anything else of Phaser's apart.
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser|engine[\\/]phaser[\\/]/ },
            // The first screen's code beside the entry, as one file: the entry's small parts and the first item's
            // (src/app/first-item/, which the entry imports). Each module file the page waits for costs a fetch, a
            // compile and a task of its own on a slow tablet's main thread; on a second visit each fetch through the
            // service worker alone took 12-20 ms of it at CPU 4x. One file, not three (the entry's parts, the item's
            // code and its facade, the item imported only once the entry had run): the item drawn about 90 ms sooner
            // (issue 17, paired, warm, CPU 4x). The menu's page carries the item's 31 KB unused; paired, its first
            // tap was not measurably later.
            { name: FIRST_SCREEN_CHUNK, test: (id: string) => START_PARTS.test(id) || FIRST_ITEM_PARTS.test(id), includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  // Pre-bundled when the dev server starts, so the first play does not trigger a re-optimizing reload
  // (the scan at start follows static imports only: zod and jsonc-parser come with the validator and the kinds, fetched later).
  optimizeDeps: { include: ['phaser', 'howler', 'i18next', 'idb-keyval', 'uuid', 'zod', 'jsonc-parser'] },
  server: { port: 5173 },
  // The tests' LRS is reached through the preview server (LOPVUI_TEST_LRS, on loopback): the page then talks
  // to its own origin, and the Content-Security-Policy stays exactly as shipped (connect-src 'self' https:).
  preview: { port: 4173, ...(process.env.LOPVUI_TEST_LRS && { proxy: { '/xAPI': process.env.LOPVUI_TEST_LRS } }) },
  test: {
    include: ['test/unit/**/*.test.ts'],
    setupFiles: ['test/unit/setup/one-device-per-file.ts'],
    environment: 'node',
    // Every core, in threads: Vitest's default leaves one core free, which on a 2-core machine ran the
    // 77 files one after another (43 s; 25 s in two threads). No test changes the process's directory.
    pool: 'threads',
    maxWorkers: '100%',
    // Files share a thread's modules instead of importing them again each (25 s -> 15 s): the tests that
    // change a global put it back (vi.unstubAllGlobals, a fresh IndexedDB per test), and the suite passed
    // in shuffled file orders (--sequence.shuffle.files).
    isolate: false,
  },
});
