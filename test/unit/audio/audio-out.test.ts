import { describe, expect, it } from 'vitest';
import { AudioOut, type SoundEvent } from '../../../src/audio/audio-out.ts';
import { FakeSink } from './fake-sink.ts';

function setup(lang: 'vi' | 'en' = 'vi') {
  const sink = new FakeSink();
  const events: SoundEvent[] = [];
  const out = new AudioOut(sink, () => lang, (e) => events.push(e));
  return { sink, out, events };
}

describe('audio', () => {
  it('plays a recording when the line has one, else speaks it in the player language', () => {
    const { sink, out } = setup('vi');
    expect(out.say([{ text: 'Con mèo', recording: 'a/meo.ogg' }])).toBe('recording');
    sink.finish();
    expect(out.say([{ text: 'Con chó' }])).toBe('speech');
    expect(sink.heard).toEqual(['recording:a/meo.ogg', 'speech:vi:Con chó']);
  });

  it('says queued lines one after another, each when the one before ends', () => {
    const { sink, out } = setup();
    out.say([{ text: 'b' }, { text: 'a' }, { text: 'bà' }]);
    expect(sink.heard).toEqual(['speech:vi:b']);
    sink.finish();
    sink.finish();
    expect(sink.heard).toEqual(['speech:vi:b', 'speech:vi:a', 'speech:vi:bà']);
  });

  it('a new narration stops the old one and drops the rest of its queue', () => {
    const { sink, out } = setup();
    out.say([{ text: 'một' }, { text: 'hai' }]);
    out.say([{ text: 'ba' }]);
    sink.finish();
    expect(sink.heard).toEqual(['speech:vi:một', 'stop:speech:vi:một', 'speech:vi:ba']);
  });

  it('a stopped line ending late does not start the next one', () => {
    const { sink, out } = setup();
    out.say([{ text: 'một' }, { text: 'hai' }]);
    out.stop();
    sink.finish();
    expect(sink.heard).toEqual(['speech:vi:một', 'stop:speech:vi:một']);
  });

  it('mute silences effects and narration but still tells the view, which shows the words', () => {
    const { sink, out, events } = setup();
    out.setMuted(true);
    out.effect('correct');
    expect(out.say([{ text: 'Giỏi lắm' }])).toBe('none');
    expect(sink.heard).toEqual([]);
    expect(sink.volume).toBe(0);
    expect(events).toEqual([
      { kind: 'effect', name: 'correct', muted: true },
      { kind: 'narration', how: 'none', text: 'Giỏi lắm', muted: true },
    ]);
    out.setMuted(false);
    expect(sink.volume).toBe(1);
  });

  it('with neither recording nor speech a line is reported unheard, and the queue goes on', () => {
    const { sink, out, events } = setup();
    sink.speech = false;
    expect(out.say([{ text: 'một' }, { text: 'hai' }])).toBe('none');
    expect(events.filter((e) => e.kind === 'narration').map((e) => e.kind === 'narration' && `${e.how}:${e.text}`)).toEqual(['none:một', 'none:hai']);
  });

  it('volume is kept between 0 and 1 and restored after unmuting', () => {
    const { sink, out } = setup();
    out.setVolume(1.7);
    expect(sink.volume).toBe(1);
    out.setVolume(0.4);
    out.setMuted(true);
    out.setMuted(false);
    expect(sink.volume).toBe(0.4);
  });

  it('unlocks the sink once, on the first touch', () => {
    const { sink, out } = setup();
    out.unlock();
    out.unlock();
    expect(sink.unlocked).toBe(1);
  });

  it('knows how far into the current line it is, for read-aloud highlighting', () => {
    const { sink, out } = setup();
    expect(out.position()).toBeUndefined();
    out.say([{ text: 'Ngày xửa ngày xưa', recording: 'p1.ogg' }]);
    sink.advance(1.5);
    expect(out.position()).toBe(1.5);
  });
});
