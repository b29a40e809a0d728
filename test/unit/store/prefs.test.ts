import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, motionReduced, parsePrefs } from '../../../src/store/prefs.ts';

describe('device settings', () => {
  it('reads what was saved and falls back field by field on anything else', () => {
    expect(parsePrefs(JSON.stringify({ mode: 'projector', motion: 'reduce', palette: 'colourBlind', textSize: 'larger', idleLock: '15' }))).toEqual({ mode: 'projector', motion: 'reduce', palette: 'colourBlind', textSize: 'larger', idleLock: '15' });
    expect(parsePrefs(JSON.stringify({ mode: 'tv', textSize: 'large', idleLock: 'never' }))).toEqual({ ...DEFAULT_PREFS, textSize: 'large' });
    expect(parsePrefs('{not json')).toEqual(DEFAULT_PREFS);
    expect(parsePrefs(null)).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('[1,2]')).toEqual(DEFAULT_PREFS);
  });

  it('reduces motion when the device asks, unless forced either way', () => {
    expect(motionReduced({ ...DEFAULT_PREFS, motion: 'system' }, true)).toBe(true);
    expect(motionReduced({ ...DEFAULT_PREFS, motion: 'system' }, false)).toBe(false);
    expect(motionReduced({ ...DEFAULT_PREFS, motion: 'reduce' }, false)).toBe(true);
    expect(motionReduced({ ...DEFAULT_PREFS, motion: 'full' }, true)).toBe(false);
  });
});
