import type * as Phaser from 'phaser';

/** Pictures are rasterized so their longest side has this many pixels: sharp on a projector. */
export const PICTURE_SIZE = 512;

/**
 * Load the pictures of an activity into the game's textures, keyed by URL, before its scene
 * starts. An SVG is drawn at PICTURE_SIZE whatever its viewBox; a picture that fails to load
 * is left out (the card keeps its word), so one bad file never stops a lesson. Pictures are
 * fetched and decoded while the game boots; they join its textures once it is `ready`.
 */
export async function loadPictures(textures: Phaser.Textures.TextureManager, urls: string[], ready: Promise<void>): Promise<void> {
  // A picture asked for again while it loads (prepared early, then the scene starts) is loaded once.
  let pending = loading.get(textures);
  if (!pending) loading.set(textures, (pending = new Map()));
  const inFlight = pending;
  await Promise.all(
    urls
      .filter((url) => !textures.exists(url))
      .map((url) => {
        let load = inFlight.get(url);
        if (!load) {
          load = (async () => {
            try {
              const img = await picture(url);
              await ready;
              if (!textures.exists(url)) textures.addImage(url, img);
            } catch (e) {
              console.warn(`picture not loaded: ${url}`, e);
            } finally {
              inFlight.delete(url);
            }
          })();
          inFlight.set(url, load);
        }
        return load;
      }),
  );
}

const loading = new WeakMap<Phaser.Textures.TextureManager, Map<string, Promise<void>>>();

const pictures = new Map<string, Promise<HTMLImageElement>>();

/**
 * A picture decoded (an SVG rasterized at PICTURE_SIZE), once per page: the first item drawn before the
 * engine (src/app/first-item/) and the engine's textures share it. `raster`: the PNG the build made of this
 * SVG at the same size (src/build/first-pictures.ts), decoded instead: an SVG's document and drawing are a slow
 * tablet's main thread's work. `begun`: that decoding, already begun by the page (its head script). A failure
 * is not kept.
 */
export function picture(url: string, raster?: string, begun?: Promise<HTMLImageElement>): Promise<HTMLImageElement> {
  let p = pictures.get(url);
  if (!p) {
    p = begun ?? (raster ? decoded(raster) : url.toLowerCase().endsWith('.svg') ? rasterizeSvg(url) : decoded(url));
    pictures.set(url, p);
    p.catch(() => pictures.delete(url));
  }
  return p;
}

async function rasterizeSvg(url: string): Promise<HTMLImageElement> {
  const text = await (await fetch(url)).text();
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const w = box[2] || parseFloat(svg.getAttribute('width') ?? '') || PICTURE_SIZE;
  const h = box[3] || parseFloat(svg.getAttribute('height') ?? '') || PICTURE_SIZE;
  if (!svg.hasAttribute('viewBox')) svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  const k = PICTURE_SIZE / Math.max(w, h);
  svg.setAttribute('width', String(Math.round(w * k)));
  svg.setAttribute('height', String(Math.round(h * k)));
  const blob = new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' });
  const blobUrl = URL.createObjectURL(blob);
  try {
    return await decoded(blobUrl);
  } finally {
    URL.revokeObjectURL(blobUrl);
  }
}

async function decoded(src: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = src;
  await img.decode();
  return img;
}
