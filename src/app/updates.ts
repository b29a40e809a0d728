import { registerSW } from 'virtual:pwa-register';
import { announce } from '../ui/live.ts';
import type { Settings } from './settings.ts';

export interface UpdateEvents {
  /** The library is cached: the player now starts and plays with no network. */
  offlineReady(): void;
  /** A new version is installed and waiting; `apply` reloads into it. */
  updateWaiting(apply: () => void): void;
}

/**
 * Registers the service worker. A new version never takes over by itself: the player offers
 * it on the menu, between activities, so no child loses an activity half done.
 */
export function watchForUpdates(events: UpdateEvents): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onOfflineReady: () => events.offlineReady(),
    onNeedRefresh: () => events.updateWaiting(() => void update(true)),
    onRegisterError: (e: unknown) => console.warn('service worker not registered', e),
  });
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
