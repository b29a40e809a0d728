import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { classicScript, exportedNames, GLOBAL, PHASER_SOURCES, phaserBuildPlugin, SHIM, setFlags, shimModule } from '../../../src/build/phaser-build.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const lean = path.join(root, 'src/engine/phaser/lean.js');
const plugin = phaserBuildPlugin('/project') as Plugin & { resolveId: (id: string) => string | null };

describe("the player's Phaser build", () => {
  it('sets the compile-time flags as Phaser builds itself: both renderers, no sound, no debug', () => {
    expect(setFlags('if (typeof FEATURE_SOUND) { x = require("./sound"); }')).toBe('if (false) { x = require("./sound"); }');
    expect(setFlags('if (typeof WEBGL_RENDERER && typeof CANVAS_RENDERER) {}')).toBe('if (true && true) {}');
    expect(setFlags('if (typeof WEBGL_DEBUG) {}')).toBe('if (false) {}');
    expect(setFlags('if (typeof PLUGIN_FBINSTANT) {}')).toBe('if (false) {}');
  });

  it('leaves every other typeof alone, and touches only Phaser sources, only in a build', () => {
    expect(setFlags("if (typeof window !== 'undefined' && typeof FEATURE_SOUNDS) {}")).toBe("if (typeof window !== 'undefined' && typeof FEATURE_SOUNDS) {}");
    expect(PHASER_SOURCES.test('/project/node_modules/phaser/src/core/Game.js')).toBe(true);
    expect(PHASER_SOURCES.test('/project/src/engine/game.ts')).toBe(false);
    expect(plugin.apply).toBe('build');
  });

  it('resolves `phaser` (and only it) to the module that loads the classic script', () => {
    expect(plugin.resolveId('phaser')).toBe(SHIM);
    expect(plugin.resolveId('phaser/src/core/Game.js')).toBeNull();
    expect(plugin.resolveId('howler')).toBeNull();
  });

  it('hands on every part lean.js exports, from the global the script sets, after the script has loaded', () => {
    const names = exportedNames(readFileSync(lean, 'utf8'));
    expect(names).toEqual(expect.arrayContaining(['AUTO', 'Game', 'Scene', 'Core', 'Scale', 'Math']));
    const shim = shimModule('phaser-abc.js', names);
    expect(shim).toContain('"phaser-abc.js"');
    expect(shim.indexOf('await new Promise')).toBeLessThan(shim.indexOf(`globalThis.${GLOBAL}`));
    for (const n of names) expect(shim).toContain(`export const ${n} = P.${n};`);
  });

  it('bundles lean.js with the sources it names into one classic script (no import or export left)', async () => {
    const { fileName, code } = await classicScript(root, lean);
    expect(fileName).toMatch(/^phaser-[\w-]{8}\.js$/);
    expect(code.startsWith(`var ${GLOBAL}=`)).toBe(true);
    expect(code).not.toMatch(/^(import|export)\s/m);
    // Only the parts lean.js names: far less than Phaser's full 1.37 MB build.
    expect(code.length).toBeLessThan(900_000);
  }, 60_000);

  it('bundles each Phaser module once when node_modules is a link (each copy would keep its own game objects)', async () => {
    const linked = mkdtempSync(path.join(tmpdir(), 'lopvui-phaser-'));
    try {
      symlinkSync(path.join(root, 'node_modules'), path.join(linked, 'node_modules'));
      const [direct, viaLink] = await Promise.all([classicScript(root, lean), classicScript(linked, lean)]);
      expect(viaLink.code.length).toBe(direct.code.length);
      expect(viaLink.fileName).toBe(direct.fileName);
    } finally {
      rmSync(linked, { recursive: true, force: true });
    }
  }, 60_000);
});
