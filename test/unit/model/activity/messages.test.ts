import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n/index.ts';
import { formatIssue } from '../../../../src/model/activity/issues.ts';
import { validateActivityText } from '../../../../src/model/activity/validate.ts';
import { COMPETENCIES } from '../../../../src/model/evidence/frameworks/index.ts';
import { nearestCompetencies } from '../../../../src/model/evidence/frameworks/nearest.ts';

/** Messages that lead to the fix, in the guide's words, in both languages. */
const lines = (text: string) => {
  const { issues } = validateActivityText(text, { file: 'x.json' });
  return (['vi', 'en'] as const).map((l) => issues.map((i) => formatIssue(i, createI18n(l).t)));
};

describe('messages that lead to the fix', () => {
  it('a missing bin lists the bins there are ("nhóm", as the guide says)', () => {
    const [vi, en] = lines(
      JSON.stringify({ id: 'x', kind: 'sort', title: 'T', subject: 'science', band: 'mn-5-6', bins: [{ id: 'chim', label: 'Chìm' }, { id: 'noi', label: 'Nổi' }], items: [{ text: 'đá', bin: 'chim' }, { text: 'lá', bin: 'bay' }] }),
    );
    expect(vi).toEqual(['x.json:1:193  items[1].bin  không có nhóm "bay" trong "bins"; các nhóm có: "chim", "noi"']);
    expect(en).toEqual(['x.json:1:193  items[1].bin  there is no bin "bay" in "bins"; the bins there are: "chim", "noi"']);
  });

  it('an unknown competency code suggests the nearest ones, with their names', () => {
    const [vi, en] = lines(JSON.stringify({ id: 'x', kind: 'sequence', title: 'T', subject: 'math', band: 'lop-1', competencies: ['nl.toan-hoc'], cards: [{ text: '1' }, { text: '2' }, { text: '3' }] }));
    expect(vi).toEqual(['x.json:1:89  competencies[0]  không có mã năng lực "nl.toan-hoc" trong danh mục; có phải là "nl.tinh-toan" (Tính toán), "nl.tin-hoc" (Tin học), "nl.khoa-hoc" (Khoa học)?']);
    expect(en).toEqual(['x.json:1:89  competencies[0]  there is no competency "nl.toan-hoc" in the catalog; did you mean "nl.tinh-toan" (Numeracy), "nl.tin-hoc" (Computing), "nl.khoa-hoc" (Science)?']);
  });

  it('finds the code meant by its words or by a slip of spelling', () => {
    expect(nearestCompetencies('nl.toan-hoc', COMPETENCIES.values())[0]).toBe('nl.tinh-toan');
    expect(nearestCompetencies('nl.tinh-toam', COMPETENCIES.values())[0]).toBe('nl.tinh-toan');
    expect(nearestCompetencies('mn.nhan-thu', COMPETENCIES.values())[0]).toBe('mn.nhan-thuc');
    // Tính toán is the numeracy competency (not a maths grade): its English name finds it.
    expect(nearestCompetencies('nl.numeracy', COMPETENCIES.values())[0]).toBe('nl.tinh-toan');
    expect(nearestCompetencies('cs5.14', COMPETENCIES.values())[0]).toBe('cs5.104');
  });
});
