import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

const SWITCH = '--disable-features=';

/**
 * The --disable-features switch for the tests' Chromium: the features Playwright turns off itself, and `ours`.
 * Chromium reads one such list (a second switch replaces the first, it does not add to it), so ours goes with
 * Playwright's, read from the switches Playwright starts a browser with (a stand-in executable writes them down
 * and exits) rather than copied here to go stale when Playwright changes its list.
 */
export async function disabledFeatures(ours: string[]): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lopvui-switches-'));
  try {
    const standIn = path.join(dir, 'chromium');
    writeFileSync(standIn, `#!/bin/sh\nprintf '%s\\n' "$@" > '${dir}/args'\n`);
    chmodSync(standIn, 0o755);
    await chromium.launch({ executablePath: standIn, timeout: 10_000 }).then(
      (b) => b.close(),
      () => undefined, // it exits at once: Playwright reports a browser that closed, as expected
    );
    const theirs = readFileSync(path.join(dir, 'args'), 'utf8')
      .split('\n')
      .find((a) => a.startsWith(SWITCH));
    if (theirs === undefined) throw new Error(`Playwright started Chromium without ${SWITCH}: see ${import.meta.filename}`);
    return SWITCH + [...theirs.slice(SWITCH.length).split(','), ...ours].filter(Boolean).join(',');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
