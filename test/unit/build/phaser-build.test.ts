import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { phaserBuildPlugin } from '../../../src/build/phaser-build.ts';

type Handler = (code: string, id: string) => { code: string } | null;
const plugin = phaserBuildPlugin('/project') as Plugin & { transform: { filter: { id: RegExp }; handler: Handler } };
const transform = (code: string) => plugin.transform.handler(code, '/project/node_modules/phaser/src/core/Game.js')?.code ?? code;

describe("the player's Phaser build", () => {
  it('sets the compile-time flags as Phaser builds itself: both renderers, no sound, no debug', () => {
    expect(transform('if (typeof FEATURE_SOUND) { x = require("./sound"); }')).toBe('if (false) { x = require("./sound"); }');
    expect(transform('if (typeof WEBGL_RENDERER && typeof CANVAS_RENDERER) {}')).toBe('if (true && true) {}');
    expect(transform('if (typeof WEBGL_DEBUG) {}')).toBe('if (false) {}');
    expect(transform('if (typeof PLUGIN_FBINSTANT) {}')).toBe('if (false) {}');
  });

  it('leaves every other typeof alone', () => {
    expect(transform("if (typeof window !== 'undefined' && typeof FEATURE_SOUNDS) {}")).toBe("if (typeof window !== 'undefined' && typeof FEATURE_SOUNDS) {}");
  });

  it("only touches Phaser's sources, and only in a build", () => {
    expect(plugin.transform.filter.id.test('/project/node_modules/phaser/src/core/Game.js')).toBe(true);
    expect(plugin.transform.filter.id.test('/project/src/engine/game.ts')).toBe(false);
    expect(plugin.apply).toBe('build');
  });

  it("resolves `phaser` to the player's lean entry, and Phaser's sources by path", () => {
    const config = (plugin.config as () => { resolve: { alias: { find: RegExp; replacement: string }[] } })();
    const [entry, sources] = config.resolve.alias;
    expect(entry?.find.test('phaser')).toBe(true);
    expect(entry?.find.test('phaser/src/core/Game.js')).toBe(false);
    expect(entry?.replacement).toBe('/project/src/engine/phaser/lean.js');
    expect('phaser/src/core/Game.js'.replace(sources!.find, sources!.replacement)).toBe('/project/node_modules/phaser/src/core/Game.js');
  });
});
