import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineStylesheet } from '../../../src/build/inline-css.ts';

const page = (head: string) =>
  `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'" />${head}</head><body></body></html>`;

describe("the page's stylesheet, written into it", () => {
  it('replaces the link, with its url()s now relative to the page, and the CSP allows that one style by its hash', () => {
    const css = "@font-face{src:url(./nunito-a.woff2) format('woff2')}.a{background:url(\"icons/b.svg\")}.c{background:url(data:image/png;base64,AA==)}.d{background:url(/e.png)}";
    const html = inlineStylesheet(page('<link rel="stylesheet" crossorigin href="./assets/index-x.css">'), css, 'assets/index-x.css');
    const style = /<style>(.*)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).toContain('url(./assets/nunito-a.woff2)');
    expect(style).toContain('url("./assets/icons/b.svg")');
    expect(style).toContain('url(data:image/png;base64,AA==)');
    expect(style).toContain('url(/e.png)');
    expect(html).not.toContain('<link rel="stylesheet"');
    expect(html).toContain(`style-src 'self' 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
  });

  it('refuses a page without style-src, and a stylesheet that would end the element early', () => {
    const link = '<link rel="stylesheet" href="./assets/i.css">';
    expect(() => inlineStylesheet(`<html><head>${link}</head></html>`, '.a{}', 'assets/i.css')).toThrow(/style-src/);
    expect(() => inlineStylesheet(page(link), '.a{content:"</style>"}', 'assets/i.css')).toThrow(/<\/style/);
  });
});
