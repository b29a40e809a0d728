import { posix } from 'node:path';
import type { Plugin } from 'vite';
import { cspHash } from './csp.ts';

const STYLE_SRC = /style-src 'self'/;
const LINK = /<link rel="stylesheet"(?: crossorigin)? href="\.\/([^"]+\.css)">/;

/**
 * The page's stylesheet written into index.html as a <style>, allowed by its hash in the CSP: on a slow
 * tablet the first screen no longer waits for one more file, which a service worker serves at a cost to
 * the page's main thread of its own (issue 17: the first item drawn about 75 ms sooner, warm, at CPU 4x).
 * Its file is not emitted: nothing else reads it.
 */
export function inlineCssPlugin(): Plugin {
  return {
    name: 'lopvui-inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const bundle = ctx?.bundle;
        const href = LINK.exec(html)?.[1];
        const asset = href === undefined ? undefined : bundle?.[href];
        if (!bundle || !href || asset?.type !== 'asset') throw new Error("index.html: the build's stylesheet link, or its file, is missing");
        delete bundle[href];
        return inlineStylesheet(html, String(asset.source), href);
      },
    },
  };
}

/** `html` with its link to the stylesheet at `href` (relative to the page) replaced by `css` itself. */
export function inlineStylesheet(html: string, css: string, href: string): string {
  if (!STYLE_SRC.test(html)) throw new Error("index.html: the CSP's style-src 'self' the inline stylesheet needs is missing");
  // Its url()s were relative to its own folder; now they are relative to the page.
  const dir = posix.dirname(href);
  const style = css.replace(/url\((['"]?)([^'")]+)\1\)/g, (all, q: string, url: string) =>
    /^(data:|blob:|[a-z]+:\/\/|\/|#)/i.test(url) ? all : `url(${q}./${posix.join(dir, url)}${q})`,
  );
  if (/<\/style/i.test(style)) throw new Error('the stylesheet holds "</style": it cannot be written into the page');
  return html.replace(STYLE_SRC, `style-src 'self' ${cspHash(style)}`).replace(LINK, () => `<style>${style}</style>`);
}
