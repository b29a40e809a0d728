import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, decide } from '../../e2e/ensure-chromium.mjs';

/** The step before the end-to-end tests: what it decides, from the facts alone (nothing is installed here). */
const only =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);

describe('ensure-chromium', () => {
  it("goes on when Debian's Chromium is there, whoever runs it", () => {
    for (const uid of [0, 1000, undefined]) {
      expect(decide({ exists: only(DEBIAN_CHROMIUM), uid, hasAptGet: true })).toEqual({ action: 'ok', path: DEBIAN_CHROMIUM });
    }
    expect(decide({ exists: only(DEBIAN_CHROMIUM), uid: 1000, hasAptGet: false })).toEqual({ action: 'ok', path: DEBIAN_CHROMIUM });
  });

  it("goes on with the Chromium CHROMIUM_PATH names, Debian's or not", () => {
    expect(decide({ chromiumPath: '/opt/chromium/chrome', exists: only('/opt/chromium/chrome'), uid: 1000, hasAptGet: false })).toEqual({ action: 'ok', path: '/opt/chromium/chrome' });
  });

  it('installs it with apt-get as root', () => {
    expect(decide({ exists: only(), uid: 0, hasAptGet: true })).toEqual({ action: 'install', command: 'apt-get update && apt-get install -y chromium' });
  });

  it('stops at once with the one command to run when it cannot install', () => {
    const user = decide({ exists: only(), uid: 1000, hasAptGet: true });
    expect(user).toEqual({ action: 'stop', message: expect.stringContaining('sudo apt-get update && sudo apt-get install -y chromium') });
    const noApt = decide({ exists: only(), uid: 0, hasAptGet: false });
    expect(noApt).toEqual({ action: 'stop', message: expect.stringContaining('CHROMIUM_PATH=/path/to/chromium npm test') });
    // No user id (Windows): never assumed to be root.
    expect(decide({ exists: only(), uid: undefined, hasAptGet: true }).action).toBe('stop');
  });

  it("never installs Debian's Chromium in place of a missing CHROMIUM_PATH", () => {
    const named = decide({ chromiumPath: '/opt/gone/chrome', exists: only(DEBIAN_CHROMIUM), uid: 0, hasAptGet: true });
    expect(named).toEqual({ action: 'stop', message: expect.stringContaining('/opt/gone/chrome') });
  });
});
