import { Howl } from 'howler';
import type { Lang } from '../model/activity/lang.ts';

let current: Howl | undefined;
/** Howls kept per recording: unloading a Howl does not give its memory back, reusing does. */
const recordings = new Map<string, Howl>();

function recordingHowl(url: string): Howl {
  let h = recordings.get(url);
  if (!h) {
    h = new Howl({ src: [url], html5: false });
    recordings.set(url, h);
  }
  return h;
}

/**
 * Read a text aloud: its recording when the activity has one, else the browser's speech in
 * the text's language. New narration stops the old. Returns how it was (or could not be) heard.
 */
export function narrate(text: string, lang: Lang, recording?: string): 'recording' | 'speech' | 'none' {
  stopNarration();
  let how: 'recording' | 'speech' | 'none' = 'none';
  if (recording) {
    current = recordingHowl(recording);
    current.play();
    how = 'recording';
  } else if ('speechSynthesis' in window && text) {
    const u = new SpeechSynthesisUtterance(text);
    u.lang = lang === 'vi' ? 'vi-VN' : 'en-US';
    const voice = speechSynthesis.getVoices().find((v) => v.lang.replace('_', '-').startsWith(u.lang.slice(0, 2)));
    if (voice) u.voice = voice;
    speechSynthesis.speak(u);
    how = 'speech';
  }
  window.dispatchEvent(new CustomEvent('lopvui:sound', { detail: { kind: 'narration', how, text, recording } }));
  return how;
}

export function stopNarration(): void {
  current?.stop();
  current = undefined;
  if ('speechSynthesis' in window) speechSynthesis.cancel();
}
