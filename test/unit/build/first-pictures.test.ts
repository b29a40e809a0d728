import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstSectionSvgs, firstSectionSvgsOf } from '../../../src/build/first-menu.ts';
import { firstItemSvgs, rasterize } from '../../../src/build/first-pictures.ts';
import { defaultRoots, validateLibrary } from '../../../src/build/library.ts';
import { PICTURE_SIZE } from '../../../src/engine/media.ts';

const files = validateLibrary(defaultRoots(process.cwd()));

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (png: Buffer) => {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { w: png.readUInt32BE(16), h: png.readUInt32BE(20) };
};

describe("the first screen's pictures, drawn as PNGs by the build (issue 17: no SVG document before the first tap)", () => {
  it("are the first items' pictures and the menu's first section's icons", () => {
    expect(firstItemSvgs(files)).toContain('images/math/apples-3.svg');
    // Only activities whose first item plays before the engine: a mầm non counting game's (mn-dem-tao) is not one.
    expect(firstItemSvgs(files)).not.toContain('images/math/apples-4.svg');
    const icons = firstSectionSvgs(files);
    expect(icons.length).toBeGreaterThan(0);
    expect(icons.every((p) => /^images\/.+\.svg$/.test(p))).toBe(true);
    // Its first section only: the icons of a menu whose second section has others are not all taken.
    const two = '<main id="menu"><section class="subject"><img src="images/a.svg"><img src="pwa.png"></section><section class="subject"><img src="images/b.svg"></section></main>';
    expect(firstSectionSvgsOf(two)).toEqual(['images/a.svg']);
  });

  it('are drawn as the engine draws an SVG: the longest side PICTURE_SIZE pixels, the other in proportion', () => {
    // apples-3: viewBox 600x200, wide.
    expect(pngSize(rasterize(readFileSync('public/images/math/apples-3.svg')))).toEqual({ w: PICTURE_SIZE, h: Math.round((PICTURE_SIZE * 200) / 600) });
    const tall = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 400"><rect width="100" height="400" fill="#e63946"/></svg>');
    expect(pngSize(rasterize(tall))).toEqual({ w: PICTURE_SIZE / 4, h: PICTURE_SIZE });
    // Sized by width and height alone (no viewBox), as the engine reads it.
    const sized = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32"><rect width="64" height="32" fill="#52b788"/></svg>');
    expect(pngSize(rasterize(sized))).toEqual({ w: PICTURE_SIZE, h: PICTURE_SIZE / 2 });
  });
});
