import path from 'node:path';
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

/**
 * The player's Phaser, in a build: `phaser` resolves to engine/phaser/lean.js, the few parts of
 * Phaser's sources the scenes use (about a third of the full build, which does not tree-shake).
 * Sources keep `import * as Phaser from 'phaser'` and Phaser's own types. The dev server keeps the
 * full build (Phaser's sources are CommonJS, which the dev server does not serve as modules).
 */
export function phaserBuildPlugin(root: string): Plugin {
  const phaserSrc = path.join(root, 'node_modules/phaser/src');
  return {
    name: 'lopvui:phaser-build',
    apply: 'build',
    enforce: 'pre',
    config: () => ({
      resolve: {
        alias: [
          { find: /^phaser$/, replacement: path.join(root, 'src/engine/phaser/lean.js') },
          { find: /^phaser\/src\//, replacement: `${phaserSrc}/` },
        ],
      },
    }),
    transform: {
      filter: { id: /node_modules[\\/]phaser[\\/]src[\\/]/ },
      handler(code) {
        if (!code.includes('typeof ')) return null;
        const out = code.replace(FLAG, (_, flag: string) => String(FLAGS[flag]));
        return out === code ? null : { code: out, map: null };
      },
    },
  };
}
