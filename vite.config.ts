/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { levelsPlugin } from './src/build/levels-plugin.ts';
import { offlinePlugin } from './src/build/offline.ts';
import { phaserBuildPlugin } from './src/build/phaser-build.ts';

const levels = levelsPlugin();

export default defineConfig({
  // Relative base: the built player works from any folder (a school server, a USB stick copy).
  base: './',
  plugins: [phaserBuildPlugin(import.meta.dirname), levels, offlinePlugin(levels.api!)],
  // The earliest time a statement may carry (see model/evidence/time.ts).
  define: { __BUILD_TIME__: JSON.stringify(Date.now()) },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Phaser is its own chunk, fetched only when an activity starts; the menu is plain DOM.
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser|engine[\\/]phaser[\\/]/ },
          ],
        },
      },
    },
  },
  // Pre-bundled when the dev server starts, so the first play does not trigger a re-optimizing reload.
  optimizeDeps: { include: ['phaser', 'howler', 'i18next', 'idb-keyval', 'uuid'] },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
