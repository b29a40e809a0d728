import { announce } from '../ui/live.ts';
import type { OwnLibrary } from './own-library.ts';
import type { Settings } from './settings.ts';

/**
 * The teacher's own activities: a file opened (teacher's area) or dropped on the window plays at
 * once; kept ones join the menu. Errors show on the menu, as `npm run validate` prints them.
 */
export function fileImport(own: OwnLibrary, settings: Settings, showMenu: () => void) {
  async function open(files: File[]): Promise<void> {
    const opened = await own.openFiles(files);
    if (!opened) return announce(settings.i18n.t('own.noJson'));
    if (opened.activity) location.hash = `#/play/${encodeURIComponent(opened.activity.id)}`;
    else if (location.hash === '#/' || location.hash === '') showMenu();
    else location.hash = '#/';
  }
  addEventListener('dragover', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault(); // else the browser opens the file itself
    e.dataTransfer.dropEffect = 'copy';
  });
  addEventListener('drop', (e) => {
    if (!e.dataTransfer?.files.length) return;
    e.preventDefault();
    void open([...e.dataTransfer.files]);
  });
  return open;
}
