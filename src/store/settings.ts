import { BANDS, type Band } from '../model/activity/terms.ts';
import { LANGS, type Lang } from '../model/activity/lang.ts';

/**
 * The player's small preferences (language, band filter), read synchronously at start so the
 * first screen is drawn in the right language at once. localStorage; defaults when it is absent.
 */
function read(key: string): string | null {
  try {
    return localStorage.getItem(`lopvui.${key}`);
  } catch {
    return null;
  }
}
function write(key: string, value: string): void {
  try {
    localStorage.setItem(`lopvui.${key}`, value);
  } catch {
    // private mode or storage off: the choice lasts until reload
  }
}

export const loadLang = (): Lang => (LANGS as readonly string[]).includes(read('lang') ?? '') ? (read('lang') as Lang) : 'vi';
export const saveLang = (l: Lang) => write('lang', l);
export const loadBand = (): Band | 'all' => (BANDS as readonly string[]).includes(read('band') ?? '') ? (read('band') as Band) : 'all';
export const saveBand = (b: Band | 'all') => write('band', b);
export const loadMuted = () => read('muted') === '1';
export const saveMuted = (m: boolean) => write('muted', m ? '1' : '0');

/** The lesson being taught on this device (model/lesson/lesson.ts checks it is still valid). */
export function loadLessonRun(): unknown {
  try {
    return JSON.parse(read('lesson') ?? 'null');
  } catch {
    return undefined;
  }
}
export const saveLessonRun = (run: unknown) => write('lesson', JSON.stringify(run));
