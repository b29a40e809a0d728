import type { Effect } from '../../../src/audio/effects.ts';
import type { AudioSink, Playing } from '../../../src/audio/sink.ts';
import type { Lang } from '../../../src/model/activity/lang.ts';

/** A sink that plays nothing and writes down what would be heard; `finish()` ends the current line. */
export class FakeSink implements AudioSink {
  heard: string[] = [];
  volume = 1;
  unlocked = 0;
  speech = true;
  private ends: (() => void)[] = [];
  private clock = 0;

  effect(name: Effect): void {
    this.heard.push(`effect:${name}`);
  }
  recording(url: string, onEnd: () => void): Playing {
    return this.start(`recording:${url}`, onEnd);
  }
  speak(text: string, lang: Lang, onEnd: () => void): Playing | undefined {
    return this.speech ? this.start(`speech:${lang}:${text}`, onEnd) : undefined;
  }
  setVolume(v: number): void {
    this.volume = v;
  }
  unlock(): void {
    this.unlocked++;
  }
  /** The current line plays to its end. */
  finish(): void {
    this.ends.shift()?.();
  }
  advance(seconds: number): void {
    this.clock += seconds;
  }
  private start(what: string, onEnd: () => void): Playing {
    this.heard.push(what);
    const started = this.clock;
    let stopped = false;
    this.ends = [() => !stopped && onEnd()];
    return {
      stop: () => {
        stopped = true;
        this.heard.push(`stop:${what}`);
      },
      position: () => this.clock - started,
    };
  }
}
