import { IDLE_LOCKS, MODES, MOTIONS, PALETTES, TEXT_SIZES, type Prefs } from '../../store/prefs.ts';
import { h } from '../dom.ts';
import { announce } from '../live.ts';
import type { TeacherContext } from './context.ts';
import { ownActivities } from './own-panel.ts';

/** The device's settings, one group of radio buttons each; every change is kept at once. */
export function renderSettings(root: HTMLElement, ctx: TeacherContext): void {
  const t = ctx.i18n.t;
  const group = <K extends keyof Prefs>(key: K, values: readonly Prefs[K][], names: string) => {
    const set = h('fieldset', { class: 'setting' }, h('legend', {}, t(`settings.${key}`)));
    for (const v of values) {
      const input = h('input', { type: 'radio', name: `setting-${key}`, value: v });
      input.checked = ctx.prefs[key] === v;
      input.addEventListener('change', () => {
        ctx.setPrefs({ ...ctx.prefs, [key]: v });
        announce(t('settings.saved'));
      });
      set.append(h('label', {}, input, ` ${t(`settings.${names}.${v}`)}`));
    }
    return set;
  };
  const sound = h('fieldset', { class: 'setting' }, h('legend', {}, t('settings.sound')));
  for (const off of [false, true]) {
    const input = h('input', { type: 'radio', name: 'setting-sound', value: off ? 'off' : 'on' });
    input.checked = ctx.muted() === off;
    input.addEventListener('change', () => ctx.setMuted(off));
    sound.append(h('label', {}, input, ` ${t(off ? 'settings.soundOff' : 'settings.soundOn')}`));
  }
  root.replaceChildren(
    h('h2', {}, t('settings.heading')),
    group('mode', MODES, 'modes'),
    group('textSize', TEXT_SIZES, 'textSizes'),
    group('motion', MOTIONS, 'motions'),
    group('palette', PALETTES, 'palettes'),
    sound,
    group('idleLock', IDLE_LOCKS, 'idleLocks'),
    h('h3', {}, t('settings.keys')),
    h('p', { class: 'keys' }, t('settings.keyList')),
    ownActivities(ctx),
  );
}
