import { describe, expect, it } from 'vitest';
import { markFallbacks } from '../../../../src/model/activity/fallbacks.ts';

describe('untranslated texts while developing', () => {
  it('marks a text missing in the language shown, leaves translated texts and media alone', () => {
    const a = { title: { vi: 'Con mèo' }, instructions: { vi: 'Chọn', en: 'Choose' }, image: { vi: 'a.svg' }, items: [{ prompt: { en: 'Cat' } }] };
    expect(markFallbacks(a, 'en')).toEqual({ title: { vi: 'Con mèo', en: '[vi] Con mèo' }, instructions: { vi: 'Chọn', en: 'Choose' }, image: { vi: 'a.svg' }, items: [{ prompt: { en: 'Cat' } }] });
    expect(markFallbacks(a, 'vi').items[0]?.prompt).toEqual({ en: 'Cat', vi: '[en] Cat' });
    expect(a.title).toEqual({ vi: 'Con mèo' }); // the original is untouched
  });
});
