/** A note of a synthesized effect: frequency in Hz (0 = silence) and length in seconds. */
export interface Note {
  freq: number;
  dur: number;
}

/**
 * Mono 16-bit PCM samples for a sequence of soft sine notes (short attack and release, so no
 * clicks). Our effects are made here rather than shipped as files: a few hundred bytes of code
 * instead of recordings, and nothing to fetch offline.
 */
export function renderNotes(notes: readonly Note[], sampleRate = 22050, volume = 0.5): Int16Array {
  const total = notes.reduce((n, x) => n + Math.round(x.dur * sampleRate), 0);
  const out = new Int16Array(total);
  let at = 0;
  for (const { freq, dur } of notes) {
    const n = Math.round(dur * sampleRate);
    const fade = Math.min(n / 2, Math.round(0.012 * sampleRate));
    for (let i = 0; i < n; i++) {
      const env = Math.min(1, i / fade, (n - i) / fade) * Math.exp((-2.5 * i) / n);
      const s = freq > 0 ? Math.sin((2 * Math.PI * freq * i) / sampleRate) : 0;
      out[at + i] = Math.round(s * env * volume * 32767);
    }
    at += n;
  }
  return out;
}

/** A WAV file (RIFF, PCM 16-bit mono) around the samples. */
export function wavFile(samples: Int16Array, sampleRate = 22050): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const v = new DataView(bytes.buffer);
  const str = (o: number, s: string) => [...s].forEach((c, i) => v.setUint8(o + i, c.charCodeAt(0)));
  str(0, 'RIFF');
  v.setUint32(4, 36 + samples.length * 2, true);
  str(8, 'WAVE');
  str(12, 'fmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true); // PCM
  v.setUint16(22, 1, true); // mono
  v.setUint32(24, sampleRate, true);
  v.setUint32(28, sampleRate * 2, true);
  v.setUint16(32, 2, true);
  v.setUint16(34, 16, true);
  str(36, 'data');
  v.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) => v.setInt16(44 + i * 2, s, true));
  return bytes;
}

/** Effects laid end to end as one sprite, with each one's [offset ms, length ms]. */
export function effectSprite(effects: Record<string, readonly Note[]>, gap = 0.05): { samples: Int16Array; sprite: Record<string, [number, number]> } {
  const sprite: Record<string, [number, number]> = {};
  const sequence: Note[] = [];
  let ms = 0;
  for (const [name, notes] of Object.entries(effects)) {
    const len = notes.reduce((n, x) => n + x.dur, 0);
    sprite[name] = [Math.round(ms), Math.round(len * 1000)];
    sequence.push(...notes, { freq: 0, dur: gap });
    ms += (len + gap) * 1000;
  }
  return { samples: renderNotes(sequence), sprite };
}
