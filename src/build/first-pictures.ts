import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin } from 'vite';
import { playsFirstItemEarly } from '../app/first-item/which.ts';
import { PICTURE_SIZE } from '../engine/media.ts';
import { LANGS, pick } from '../model/activity/lang.ts';
import type { LibraryFile } from './library.ts';
import type { LevelsApi } from './levels-plugin.ts';

const MODULE = 'virtual:lopvui/first-pictures';

/** An SVG path as the library writes it ("images/math/apples-3.svg") -> the PNG the build made of it ("assets/apples-3-1a2b3c4d.png"). */
export type Rasters = Record<string, string>;

export interface FirstPicturesApi {
  /** This build's rasters (empty before its start, and on the dev server). */
  rasters(): Rasters;
}

/**
 * The first screen's SVG pictures as PNGs, made by the build: the first items' pictures (src/app/first-item/) and
 * the icons of the menu's first section. A browser draws an SVG in a document of its own, on the main thread (a
 * slow tablet: 50-100 ms each, before the first tap); a PNG is decoded off it (issue 17). Each is drawn as the
 * engine draws an SVG (engine/media.ts: its longest side PICTURE_SIZE pixels), so the engine takes the same image
 * from the first item and nothing changes when it does. `virtual:lopvui/first-pictures` lists them for the page.
 * `menuSvgs` are the menu's first section's (firstSectionSvgs in src/build/first-menu.ts, which writes the menu).
 */
export function firstPicturesPlugin(levels: LevelsApi, menuSvgs: (files: LibraryFile[]) => string[]): Plugin<FirstPicturesApi> {
  let rasters: Rasters = {};
  let publicDir = '';
  let isBuild = false;
  return {
    name: 'lopvui-first-pictures',
    api: { rasters: () => rasters },
    configResolved(config) {
      publicDir = config.publicDir;
      isBuild = config.command === 'build';
    },
    buildStart() {
      rasters = {};
      if (!isBuild) return;
      const files = levels.library();
      for (const svg of new Set([...firstItemSvgs(files), ...menuSvgs(files)])) {
        const file = path.join(publicDir, svg);
        if (!publicDir || !existsSync(file)) continue; // a teacher's own folder's picture: left as it is
        const source = readFileSync(file);
        if (/<text[\s>]/.test(source.toString('utf8'))) continue; // its words would take the build machine's fonts
        const png = rasterize(source);
        const name = `assets/${path.basename(svg, '.svg')}-${createHash('sha256').update(png).digest('hex').slice(0, 8)}.png`;
        this.emitFile({ type: 'asset', fileName: name, source: png });
        rasters[svg] = name;
      }
    },
    resolveId: (id) => (id === MODULE ? `\0${MODULE}` : undefined),
    load: (id) => (id === `\0${MODULE}` ? `export const rasters = ${JSON.stringify(rasters)};\n` : undefined),
  };
}

/** The SVG pictures of the first items drawn before the engine, in either language. */
export function firstItemSvgs(files: LibraryFile[]): string[] {
  return files.flatMap((f) => {
    const image = f.activity && playsFirstItemEarly(f.activity) ? f.activity.items[0]?.image : undefined;
    return image === undefined ? [] : LANGS.map((l) => pick(image, l)).filter(isSvg);
  });
}

/** An SVG drawn as a PNG whose longest side is PICTURE_SIZE pixels, as the engine draws it. */
export function rasterize(svg: Buffer): Buffer {
  const size = new Resvg(svg);
  const fitTo = size.width >= size.height ? ({ mode: 'width', value: PICTURE_SIZE } as const) : ({ mode: 'height', value: PICTURE_SIZE } as const);
  return new Resvg(svg, { fitTo }).render().asPng();
}

/** A picture of the player's own folders (not a blob: or data: address) that is an SVG. */
export const isSvg = (p: string) => /^[^:]+\.svg$/i.test(p);
