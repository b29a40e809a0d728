import { defineConfig } from '@playwright/test';
import { disabledFeatures } from './support/chromium-switches.ts';
import { LRS_DIRECT } from './support/lrs.ts';

/**
 * End-to-end tests in Debian's Chromium (no browser download works here). They run against
 * the built player served by `vite preview`, as a school would serve it.
 */
const PORT = 4173;
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--autoplay-policy=no-user-gesture-required',
    // Every page's window started the browser's address-bar popups (WebUI), each in a renderer of its own that
    // loads hundreds of chrome:// files for a bar no test shows: CPU the tests need on 2 cores (reading and
    // placement specs, 22 tests: 51 s with them, 43 s without).
    await disabledFeatures(['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']),
  ],
};
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/e2e',
  timeout: 60_000,
  // A busy machine slows the game's own clock, not only the page: Phaser counts at most a 60th of a
  // second per frame for 120 frames after each start, so a 1.1 s pause after an answer takes 66 frames.
  expect: { timeout: 15_000 },
  // Tests, not files, are shared out: a long file no longer keeps one worker busy while the other waits.
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 720 },
    // Each test is a fresh visit; only offline.spec.ts lets the service worker install (and
    // precache the whole library), which would only slow the others down.
    serviceWorkers: 'block',
    // A test that failed once (CI runs it again) is traced on its retry: every action with the page's DOM (the
    // twins are DOM, so it shows what the canvas held). Not every test: recording each action's DOM took a fifth
    // to a third of the suite's time on this 2-core machine, for traces a passing test throws away. No screencast
    // in it: encoding every frame of every page cost CPU the tests need.
    trace: { mode: 'on-first-retry', screenshots: false },
  },
  projects: [
    // What it looks like, and a lost GPU context, in WebGL: the renderer of every tablet and projector with a GPU.
    // First, as they are the longest (no tail at the end), and one at a time: software WebGL keeps a core busy.
    { name: 'look', testMatch: /(screenshots|webgl|gallery)\.spec/, workers: 1, use: { launchOptions: chromium } },
    // What people do, in Phaser's Canvas renderer: with no GPU here, software WebGL keeps a core
    // busy drawing every frame (98% of the main thread on an idle sort, against 19% in Canvas),
    // and two such pages starve the tests on a 2-core machine. The rules, twins and evidence
    // are the same in both renderers.
    // Reduced motion (the player's own setting, from the device): every tween jumps to its end, its
    // callbacks still run, so the same code plays in less time. classroom.spec.ts turns it off to test the setting.
    {
      name: 'play',
      testIgnore: /(screenshots|webgl|gallery)\.spec/,
      use: { launchOptions: { ...chromium, args: [...chromium.args, '--disable-webgl'] }, contextOptions: { reducedMotion: 'reduce' } },
    },
  ],
  webServer: [
    {
      // The test LRS is reached through the preview server (/xAPI): the page stays under its shipped CSP.
      // npm test builds beside its other checks (LOPVUI_BUILT): the tests then start at once.
      command: `${process.env.LOPVUI_BUILT ? '' : 'npm run build && '}LOPVUI_TEST_LRS=${new URL(LRS_DIRECT).origin} npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      cwd: '../..',
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // A real LRS for the sync tests: Learning Locker's statements service, in memory, on loopback.
      command: 'node test/lrs/start-lrs.cjs',
      cwd: '../..',
      url: `${LRS_DIRECT}about`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
