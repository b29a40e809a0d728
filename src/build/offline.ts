import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileOfMediaUrl, mediaOfLibrary } from './library.ts';
import type { LevelsApi } from './levels-plugin.ts';

/** Paper and ink of the player (theme.ts): the installed app opens in its own colours. */
const THEME = '#3d5a80';
const PAPER = '#fff8e7';
const SW_ROUTES = 'sw-routes.js';

/**
 * The service worker and the install manifest (vite-plugin-pwa, Workbox's generateSW).
 * It precaches the app itself by glob (code, styles, fonts, icons; each activity is a code
 * chunk) and the media of the library from the validated catalog, so a picture no activity
 * uses is not downloaded to every tablet. `prompt`: a new version waits until the player
 * says it may take over, which it does only between activities.
 */
export function offlinePlugin(levels: LevelsApi): Plugin[] {
  const pwa = VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Lớp Vui',
      short_name: 'Lớp Vui',
      description: 'Hoạt động học tập cho lớp mầm non và tiểu học — Classroom activities for early years and primary',
      lang: 'vi',
      start_url: './',
      scope: './',
      display: 'standalone',
      orientation: 'any',
      theme_color: THEME,
      background_color: PAPER,
    },
    pwaAssets: {
      image: 'public/favicon.svg',
      // Every size launchers and stores ask for, a maskable one (Android crops it) and Apple's.
      preset: {
        transparent: { sizes: [48, 72, 96, 128, 144, 152, 192, 256, 384, 512], favicons: [[48, 'favicon.ico']] },
        maskable: { sizes: [192, 512], resizeOptions: { background: THEME } },
        apple: { sizes: [180], resizeOptions: { background: THEME } },
      },
      overrideManifestIcons: true,
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,woff2,svg,png,ico}'],
      // Media are precached from the catalog below, not by folder.
      globIgnores: ['levels/**', 'images/**'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // Static routes to the hashed files (sw-routes.js, emitted by swRoutes below).
      importScripts: [SW_ROUTES],
      // Phaser's chunk is over Workbox's 2 MiB default.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    },
    integration: {
      beforeBuildServiceWorker(options) {
        const roots = levels.roots();
        // Added to the plugin's own entries (the web app manifest), not in their place.
        options.workbox.additionalManifestEntries = [
          ...(options.workbox.additionalManifestEntries ?? []),
          ...mediaOfLibrary(levels.library()).map((url) => ({
            url,
            revision: createHash('sha256').update(readFileSync(fileOfMediaUrl(roots, url))).digest('hex').slice(0, 16),
          })),
        ];
      },
    },
  });
  return [...pwa, noSvgTabIcon, swRoutes];
}

/**
 * The tab's icon from favicon.ico alone (the plugin also links favicon.svg): Chromium draws an SVG icon in a
 * document of its own on the page's main thread, twice, while the first screen is coming (issue 17). The
 * PNG icons stay in the manifest, the SVG is their source.
 */
const noSvgTabIcon: Plugin = {
  name: 'lopvui-no-svg-tab-icon',
  apply: 'build',
  enforce: 'post',
  transformIndexHtml: { order: 'post', handler: (html) => html.replace(/\s*<link rel="icon" href="[^"]*\.svg"[^>]*>/, '') },
};

/** The service worker's static routes (src/build/sw-routes.js), written beside it as they are. */
const swRoutes: Plugin = {
  name: 'lopvui-sw-routes',
  apply: 'build',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: SW_ROUTES, source: readFileSync(new URL('./sw-routes.js', import.meta.url), 'utf8') });
  },
};
