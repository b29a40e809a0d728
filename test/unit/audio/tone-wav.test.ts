import { describe, expect, it } from 'vitest';
import { effectSprite, renderNotes, wavFile } from '../../../src/audio/tone-wav.ts';

describe('synthesized effects', () => {
  it('renders notes to the right length, quiet at both ends (no clicks)', () => {
    const s = renderNotes([{ freq: 440, dur: 0.1 }, { freq: 0, dur: 0.05 }], 8000);
    expect(s.length).toBe(1200);
    expect(s[0]).toBe(0);
    expect(Math.abs(s[799] ?? 1)).toBeLessThan(200);
    expect(Math.max(...s.slice(0, 800))).toBeGreaterThan(5000);
    expect(s.slice(800).every((x) => x === 0)).toBe(true);
  });

  it('writes a RIFF/WAVE PCM header that matches the samples', () => {
    const bytes = wavFile(new Int16Array([0, 1000, -1000]), 22050);
    const v = new DataView(bytes.buffer);
    expect(String.fromCharCode(...bytes.slice(0, 4))).toBe('RIFF');
    expect(String.fromCharCode(...bytes.slice(8, 12))).toBe('WAVE');
    expect(v.getUint32(24, true)).toBe(22050);
    expect(v.getUint32(40, true)).toBe(6);
    expect(v.getInt16(46, true)).toBe(1000);
    expect(bytes.length).toBe(50);
  });

  it('lays effects end to end in a sprite', () => {
    const { sprite, samples } = effectSprite({ a: [{ freq: 440, dur: 0.2 }], b: [{ freq: 220, dur: 0.1 }] }, 0.05);
    expect(sprite).toEqual({ a: [0, 200], b: [250, 100] });
    expect(samples.length).toBe(Math.round(0.2 * 22050) + Math.round(0.05 * 22050) * 2 + Math.round(0.1 * 22050));
  });
});
