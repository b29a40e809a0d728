// Runs before the end-to-end tests (npm test, npm run test:e2e): Playwright drives Debian's
// Chromium and never downloads a browser, so without it every test would stop with Playwright's
// "executable doesn't exist". Installs it when it can (root with apt-get), else says what to run.
// Plain JavaScript so that it runs with node alone, before anything else.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium';
const SUDO_INSTALL = 'sudo apt-get update && sudo apt-get install -y chromium';

/**
 * What to do, from the facts alone (no side effects, so that it can be tested).
 * @param {{ chromiumPath?: string, exists: (path: string) => boolean, uid?: number, hasAptGet: boolean }} facts
 *   `chromiumPath`: CHROMIUM_PATH when set; `uid`: the process's user id (undefined where there is none, as on Windows).
 * @returns {{ action: 'ok', path: string } | { action: 'install', command: string } | { action: 'stop', message: string }}
 */
export function decide({ chromiumPath, exists, uid, hasAptGet }) {
  const path = chromiumPath || DEBIAN_CHROMIUM;
  if (exists(path)) return { action: 'ok', path };
  // A Chromium of one's own was named: installing Debian's would not put it there.
  if (chromiumPath) return { action: 'stop', message: `CHROMIUM_PATH is ${chromiumPath}, which does not exist. Point it at a Chromium binary, or unset it and run: ${SUDO_INSTALL}` };
  if (!hasAptGet) return { action: 'stop', message: `No Chromium at ${DEBIAN_CHROMIUM} and no apt-get here. Install Chromium and run: CHROMIUM_PATH=/path/to/chromium npm test` };
  if (uid === 0) return { action: 'install', command: INSTALL };
  return { action: 'stop', message: `No Chromium at ${DEBIAN_CHROMIUM}. Install Debian's, then run npm test again: ${SUDO_INSTALL}` };
}

/** Whether a command is on the PATH (`command -v`, as the shell finds it). */
function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function main() {
  const decision = decide({ chromiumPath: process.env.CHROMIUM_PATH, exists: existsSync, uid: process.getuid?.(), hasAptGet: onPath('apt-get') });
  if (decision.action === 'ok') return 0;
  if (decision.action === 'stop') {
    console.error(decision.message);
    return 1;
  }
  console.error(`No Chromium at ${DEBIAN_CHROMIUM}: installing it (${decision.command})`);
  const run = spawnSync('sh', ['-c', decision.command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (run.status !== 0 || !existsSync(DEBIAN_CHROMIUM)) {
    console.error(`Installing Chromium failed. Run it yourself: ${decision.command}`);
    return 1;
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
