import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { type Plugin as RolldownPlugin, rolldown } from 'rolldown';
import type { Plugin } from 'vite';

/**
 * Phaser's compile-time flags, as its own webpack builds set them (`typeof FLAG` is replaced by a
 * literal, and the dead branch, with its `require`, goes). Both renderers stay: WebGL where the
 * device has it, Canvas on one without (game.ts asks for AUTO). Sound is Howler's job.
 */
const FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  EXPERIMENTAL: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};
const FLAG = new RegExp(`typeof (${Object.keys(FLAGS).join('|')})\\b`, 'g');
export const PHASER_SOURCES = /node_modules[\\/]phaser[\\/]src[\\/]/;

/** Phaser's source with its compile-time flags replaced by their values. */
export function setFlags(code: string): string {
  return code.includes('typeof ') ? code.replace(FLAG, (_, flag: string) => String(FLAGS[flag])) : code;
}
/** The global the classic script sets (an IIFE's `var`), read by the `phaser` module of the build. */
export const GLOBAL = '__lopvuiPhaser';
export const SHIM = '\0lopvui:phaser';

/**
 * The player's Phaser, in a build: engine/phaser/lean.js, the few parts of Phaser's sources the
 * scenes use (about a third of the full build, which does not tree-shake), bundled on its own as a
 * classic script, not a module. Chromium keeps V8's compiled code for a classic script the
 * service worker stores while it installs (a module's code is compiled, and cached, only on a
 * later visit), so a second visit runs Phaser without compiling it again. `import … from 'phaser'`
 * then resolves to a small module that adds that script to the page (when the engine first loads)
 * and hands on what it defines. Sources keep `import * as Phaser from 'phaser'` and Phaser's own
 * types. The dev server keeps the full build (Phaser's sources are CommonJS, which the dev server
 * does not serve as modules).
 */
export function phaserBuildPlugin(root: string): Plugin {
  const lean = path.join(root, 'src/engine/phaser/lean.js');
  let script: { fileName: string; code: string } | undefined;
  return {
    name: 'lopvui:phaser-build',
    apply: 'build',
    enforce: 'pre',
    async buildStart() {
      script = await classicScript(root, lean);
    },
    resolveId: (id) => (id === 'phaser' ? SHIM : null),
    load(id) {
      if (id !== SHIM) return null;
      if (!script) throw new Error('the classic Phaser script was not built');
      return shimModule(script.fileName, exportedNames(readFileSync(lean, 'utf8')));
    },
    generateBundle() {
      if (script) this.emitFile({ type: 'asset', fileName: `assets/${script.fileName}`, source: script.code });
    },
  };
}

/** lean.js bundled with Phaser's sources into one minified IIFE that sets GLOBAL. */
export async function classicScript(root: string, lean: string): Promise<{ fileName: string; code: string }> {
  // Its real path: Phaser's own requires resolve to it, and a module reached by two paths (a linked
  // node_modules) would be bundled twice, each copy with its own registry of game objects.
  const phaserSrc = realpathSync(path.join(root, 'node_modules/phaser/src'));
  const phaserSources: RolldownPlugin = {
    name: 'lopvui:phaser-sources',
    // Phaser's package exports only its entry: its sources are reached by path.
    resolveId: (id) => (id.startsWith('phaser/src/') ? path.join(phaserSrc, id.slice('phaser/src/'.length)) : null),
    transform: {
      filter: { id: PHASER_SOURCES },
      handler(code) {
        const out = setFlags(code);
        return out === code ? null : { code: out, map: null };
      },
    },
  };
  const bundle = await rolldown({ input: lean, platform: 'browser', plugins: [phaserSources], logLevel: 'silent' });
  try {
    const { output } = await bundle.generate({ format: 'iife', name: GLOBAL, minify: true, comments: false });
    const code = output[0].code;
    const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
    return { fileName: `phaser-${hash}.js`, code };
  } finally {
    await bundle.close();
  }
}

/** The names lean.js exports (`export const X`, `export { A, B }`). */
export function exportedNames(source: string): string[] {
  const consts = [...source.matchAll(/^export const (\w+)/gm)].map((m) => m[1] ?? '');
  const lists = [...source.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) => (m[1] ?? '').split(',').map((n) => n.trim()));
  return [...consts, ...lists].filter(Boolean);
}

/**
 * The `phaser` module of a build: adds the classic script (next to this chunk in assets/) once, waits
 * for it (top-level await: every module importing Phaser runs after it), and re-exports its parts.
 */
export function shimModule(fileName: string, names: string[]): string {
  return `const src = import.meta.url.replace(/[^/]*$/, ${JSON.stringify(fileName)});
await new Promise((resolve, reject) => {
  const script = document.createElement('script');
  script.src = src;
  script.onload = () => resolve();
  script.onerror = () => reject(new Error('Phaser not loaded: ' + src));
  document.head.append(script);
});
const P = globalThis.${GLOBAL};
${names.map((n) => `export const ${n} = P.${n};`).join('\n')}
`;
}
