import type { i18n } from 'i18next';
import { usePalette } from '../engine/theme.ts';
import { createI18n } from '../i18n/index.ts';
import type { Lang } from '../model/activity/lang.ts';
import { loadPrefs, savePrefs, type Prefs } from '../store/prefs.ts';
import { loadBand, loadLang, loadMuted, saveBand, saveLang, saveMuted } from '../store/settings.ts';
import { applyPrefs, onSystemMotionChange } from '../ui/appearance.ts';
import { announce } from '../ui/live.ts';

type Band = ReturnType<typeof loadBand>;

/**
 * What this device is set to: language, age band, the teacher's preferences, sound on or off.
 * Read from the store at start, saved as they change; they take effect at once.
 */
export class Settings {
  lang: Lang = loadLang();
  i18n: i18n = createI18n(this.lang);
  band: Band = loadBand();
  prefs: Prefs = loadPrefs();
  muted = loadMuted();
  private readonly motionListeners: ((reduced: boolean) => void)[] = [];
  private readonly muteListeners: ((muted: boolean) => void)[] = [];

  constructor() {
    this.apply();
    onSystemMotionChange(() => this.apply());
  }

  setLang(l: Lang): void {
    this.lang = l;
    this.i18n = createI18n(l);
    saveLang(l);
  }

  setBand(b: Band): void {
    this.band = b;
    saveBand(b);
  }

  setPrefs(p: Prefs): void {
    this.prefs = p;
    savePrefs(p);
    this.apply();
  }

  setMuted(m: boolean): void {
    this.muted = m;
    saveMuted(m);
    for (const l of this.muteListeners) l(m);
    announce(this.i18n.t(m ? 'audio.mutedNow' : 'audio.unmutedNow'));
  }

  /** Told when reduced motion changes (and once at once); the stage follows it. */
  onMotion(listener: (reduced: boolean) => void): void {
    this.motionListeners.push(listener);
    this.apply();
  }

  onMuted(listener: (muted: boolean) => void): void {
    this.muteListeners.push(listener);
  }

  /** The page's look, the canvas's palette and motion. */
  private apply(): void {
    const reduced = applyPrefs(this.prefs);
    usePalette(this.prefs.palette);
    for (const l of this.motionListeners) l(reduced);
  }
}
