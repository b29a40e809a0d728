import { describe, expect, it } from 'vitest';
import { validateActivityText } from '../../../../src/model/activity/validate.ts';

const syllables = (items: string) => `{
  "id": "thu-van",
  "kind": "syllable",
  "title": "Thử",
  "subject": "vietnamese",
  "band": "lop-1",
  "competencies": ["nl.ngon-ngu"],
  "items": [${items}]
}`;

describe('content checks (warnings: the activity still plays)', () => {
  it('warns on a wrong card equal to the answer, at its line:column', () => {
    const { activity, issues } = validateActivityText(syllables('{ "syllable": "bàn", "rhymes": ["ang", "an"] }, { "syllable": "hạt", "tones": ["sac", "nang"] }'), { file: 't.json' });
    expect(activity).toBeDefined();
    expect(issues).toMatchObject([
      { severity: 'warning', line: 8, column: 52, path: 'items[0].rhymes[1]', key: 'distractorIsAnswer', params: { text: 'an' } },
      { severity: 'warning', line: 8, column: 99, path: 'items[1].tones[1]', key: 'distractorIsAnswer', params: { text: 'nang' } },
    ]);
  });

  it('warns on qui/quí with the spelling schools use', () => {
    const { issues } = validateActivityText(syllables('{ "syllable": "quí" }, { "syllable": "quý" }'), { file: 't.json' });
    expect(issues).toMatchObject([{ severity: 'warning', path: 'items[0].syllable', key: 'syllable.qui', params: { text: 'quí', right: 'quý' } }]);
  });

  it('refuses a non-syllable such as "bă" (ă never ends a syllable)', () => {
    const { activity, issues } = validateActivityText(syllables('{ "syllable": "bă" }'), { file: 't.json' });
    expect(activity).toBeUndefined();
    expect(issues).toMatchObject([{ severity: 'error', path: 'items[0].syllable', key: 'syllable.notOne' }]);
  });

  it('warns on a sentence card offered twice', () => {
    const words = `{
  "id": "thu-cau",
  "kind": "words",
  "title": "Thử",
  "subject": "vietnamese",
  "band": "lop-2",
  "competencies": ["nl.ngon-ngu"],
  "items": [{ "type": "sentence", "sentence": "Em đi học.", "extra": ["học", "chơi"] }]
}`;
    const { issues } = validateActivityText(words, { file: 't.json' });
    expect(issues).toMatchObject([{ severity: 'warning', path: 'items[0].extra[0]', key: 'distractorIsAnswer', params: { text: 'học' } }]);
  });
});
