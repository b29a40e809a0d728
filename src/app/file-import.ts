import { announce } from '../ui/live.ts';
import type { Opened } from '../contracts/opened.ts';
import type { OwnLibrary } from './own-library.ts';
import type { Settings } from './settings.ts';

/**
 * The teacher's own activities: a file opened (teacher's area) or dropped on the window plays at
 * once; kept ones join the menu. Errors show on the menu, as `npm run validate` prints them.
 */
export function fileImport(own: OwnLibrary, settings: Settings, showProblems: () => void) {
  async function open(files: File[]): Promise<void> {
    const opened = await own.openFiles(files);
    if (!opened) return announce(settings.i18n.t('own.noJson'));
    if (playOpened(opened)) return;
    // A broken file: the menu, its card brought into view (not above the screen) and focused.
    showProblems();
    if (location.hash !== '#/' && location.hash !== '') location.hash = '#/';
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

/** An opened lesson goes to its page (its activities opened with it), an opened activity plays; false for a broken file. */
export function playOpened(o: Opened): boolean {
  if (o.lesson) location.hash = `#/lesson/${encodeURIComponent(o.lesson.id)}`;
  else if (o.activity) location.hash = `#/play/${encodeURIComponent(o.activity.id)}`;
  return !!(o.lesson ?? o.activity);
}
