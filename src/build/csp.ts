import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy lives in index.html, so the built page carries it wherever it is
 * copied (a USB stick, any static server). Only Vite's dev server changes it: it injects the
 * CSS it serves as <style> elements, which style-src 'self' refuses, so the dev server alone
 * allows inline styles. The build writes its one stylesheet into the page, allowed by its hash (inline-css.ts).
 */
export function devCspPlugin(): Plugin {
  return {
    name: 'lopvui:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

/** The CSP source that allows one inline script or style, `text` exactly as the page carries it. */
export const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
