import { Howl, Howler } from 'howler';
import type { Lang } from '../model/activity/lang.ts';
import { effectsHowl, type Effect } from './effects.ts';
import type { AudioSink, Playing } from './sink.ts';

/** The real sink: Howler (Web Audio) for effects and recordings, speechSynthesis for the rest. */
export class HowlerSink implements AudioSink {
  private effects?: Howl;
  /** Howls kept per recording: unloading a Howl does not give its memory back, reusing does. */
  private readonly recordings = new Map<string, Howl>();
  private volume = 1;

  effect(name: Effect): void {
    this.effects ??= effectsHowl();
    this.effects.play(name);
  }

  recording(url: string, onEnd: () => void): Playing {
    let h = this.recordings.get(url);
    if (!h) {
      h = new Howl({ src: [url], html5: false });
      this.recordings.set(url, h);
    }
    const howl = h;
    const id = howl.play();
    howl.once('end', onEnd, id);
    return {
      stop: () => {
        howl.off('end', undefined, id);
        howl.stop(id);
      },
      position: () => {
        const at = howl.seek(id);
        return typeof at === 'number' ? at : 0;
      },
    };
  }

  speak(text: string, lang: Lang, onEnd: () => void): Playing | undefined {
    if (!('speechSynthesis' in window)) return undefined;
    const u = new SpeechSynthesisUtterance(text);
    u.lang = lang === 'vi' ? 'vi-VN' : 'en-US';
    const voice = speechSynthesis.getVoices().find((v) => v.lang.replace('_', '-').startsWith(u.lang.slice(0, 2)));
    if (voice) u.voice = voice;
    u.volume = this.volume;
    const started = performance.now();
    let stopped = false;
    u.onend = () => !stopped && onEnd();
    speechSynthesis.speak(u);
    return {
      stop: () => {
        stopped = true;
        speechSynthesis.cancel();
      },
      position: () => (performance.now() - started) / 1000,
    };
  }

  setVolume(volume: number): void {
    this.volume = volume;
    Howler.volume(volume);
  }

  unlock(): void {
    // Howler unlocks Web Audio by itself on the first touch; iOS also wants one utterance
    // spoken from inside a touch before speech works later from a timer.
    if ('speechSynthesis' in window) speechSynthesis.speak(Object.assign(new SpeechSynthesisUtterance(''), { volume: 0 }));
  }
}
