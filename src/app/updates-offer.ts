import { announce } from '../ui/live.ts';
import type { Settings } from './settings.ts';
import { watchForUpdates } from './updates.ts';

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
