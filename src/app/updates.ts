import { registerSW } from 'virtual:pwa-register';
import { announce } from '../ui/live.ts';
import type { Settings } from './settings.ts';
import { testSpeed } from './test-speed.ts';
import { whenQuiet } from './when-quiet.ts';

export interface UpdateEvents {
  /** The library is cached: the player now starts and plays with no network. */
  offlineReady(): void;
  /** A new version is installed and waiting; `apply` reloads into it. */
  updateWaiting(apply: () => void): void;
}

/** How long the page is left to its first screen before the precache may start, if no answer came first. */
const PRECACHE_AFTER_MS = 4000;

/**
 * Registers the service worker. A new version never takes over by itself: the player offers
 * it on the menu, between activities, so no child loses an activity half done. The first visit's
 * precache (the whole player and library, about a megabyte) waits until the first answer or a
 * quiet moment: it never competes with the first question.
 */
export function watchForUpdates(events: UpdateEvents): void {
  if (!('serviceWorker' in navigator)) return;
  // A page the worker already controls registers at once: nothing to download but an update check.
  whenQuiet(
    () => {
      const update = registerSW({
        immediate: true,
        onOfflineReady: () => events.offlineReady(),
        onNeedRefresh: () => events.updateWaiting(() => void update(true)),
        onRegisterError: (e: unknown) => console.warn('service worker not registered', e),
      });
    },
    // The end-to-end tests' speed shortens the wait, as it does the game's own pauses.
    { afterMs: navigator.serviceWorker.controller ? 0 : PRECACHE_AFTER_MS / testSpeed() },
  );
}

/** A new version waits here until the menu (between activities) offers it. */
export class Updates {
  pending: (() => void) | undefined;

  constructor(settings: Settings, onWaiting: () => void) {
    watchForUpdates({
      offlineReady: () => announce(settings.i18n.t('update.offlineReady')),
      updateWaiting: (apply) => {
        this.pending = apply;
        onWaiting();
      },
    });
  }
}
