import type { Page } from '@playwright/test';

/** What the player made heard: an effect (`name`) or a narration (`how`: recording, speech, none). */
export interface Heard {
  kind: string;
  name?: string;
  how?: string;
  text?: string;
  recording?: string;
}

/** Collect what the player would make heard (its `lopvui:sound` events), from page start. Call before goto. */
export async function listenForSounds(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __sounds: unknown[] };
    w.__sounds = [];
    addEventListener('lopvui:sound', (e) => w.__sounds.push((e as CustomEvent).detail));
  });
}

export const sounds = (page: Page): Promise<Heard[]> => page.evaluate(() => (window as unknown as { __sounds: Heard[] }).__sounds);

/** The names of the effects heard so far (tap, correct, wrong, finish…); poll it to wait for one. */
export const effects = async (page: Page): Promise<string[]> => (await sounds(page)).filter((s) => s.kind === 'effect').map((s) => s.name ?? '');

/** The narrations heard so far. */
export const narrations = async (page: Page): Promise<Heard[]> => (await sounds(page)).filter((s) => s.kind === 'narration');
