import { describe, expect, it } from 'vitest';
import type { ActivityTally, ClassReport } from '../../../../src/model/report/class-report.ts';
import { mergeReports, parseReportFile, scopeOf } from '../../../../src/model/report/merge.ts';
import { reportCsv, type ReportWords } from '../../../../src/model/report/report-csv.ts';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

function tally(children: number, firstTry: number, afterHelp: number, shown: number, wrong: [string, number][] = []): ActivityTally {
  return {
    id: 'cong-trong-10',
    title: { vi: 'Cộng trong 10', en: 'Adding within 10' },
    early: false,
    classes: 1,
    items: [{ item: 1, prompt: { vi: '3 + 4 = ?' }, children, firstTry, afterHelp, shown, wrong: wrong.map(([vi, n]) => ({ answer: { vi }, children: n })) }],
  };
}

const report = (classId: string, generatedAt: string, activities: ActivityTally[]): ClassReport => ({ format: 'lopvui-class-report', version: 1, classId, generatedAt, activities });

describe('merging the classes of a cụm', () => {
  it('sums two classes, each counted once, and merges their wrong answers', () => {
    const m = mergeReports([
      report(A, '2026-11-20T08:00:00Z', [tally(20, 10, 6, 4, [['6', 5], ['8', 2]])]),
      report(B, '2026-11-21T08:00:00Z', [tally(25, 15, 5, 5, [['8', 4], ['5', 1]])]),
    ]);
    expect(m.classes).toBe(2);
    expect(m.generatedAt).toBe('2026-11-21T08:00:00Z');
    expect(m.activities[0]).toMatchObject({ classes: 2, items: [{ children: 45, firstTry: 25, afterHelp: 11, shown: 9 }] });
    expect(m.activities[0]!.items[0]!.wrong).toEqual([
      { answer: { vi: '8' }, children: 6 },
      { answer: { vi: '6' }, children: 5 },
      { answer: { vi: '5' }, children: 1 },
    ]);
  });

  it('counts the same class imported twice once: the newer report replaces the older, in either order', () => {
    const older = report(A, '2026-11-20T08:00:00Z', [tally(20, 10, 6, 4)]);
    const newer = report(A, '2026-11-22T08:00:00Z', [tally(22, 12, 6, 4)]);
    const other = report(B, '2026-11-21T08:00:00Z', [tally(25, 15, 5, 5)]);
    for (const order of [
      [older, newer, other],
      [newer, other, older],
    ]) {
      const m = mergeReports(order);
      expect(m.classes).toBe(2);
      expect(m.activities[0]!.items[0]!.children).toBe(47);
      expect(m.activities[0]!.classes).toBe(2);
    }
  });

  it('keeps a lesson’s activities in the lesson’s order, leaving out those no class played', () => {
    const other = { ...tally(3, 1, 1, 1), id: 'dem-vit' };
    const m = mergeReports([report(A, '2026-11-20T08:00:00Z', [tally(20, 10, 6, 4), other])]);
    expect(scopeOf(m, ['dem-vit', 'nobody-played', 'cong-trong-10']).map((a) => a.id)).toEqual(['dem-vit', 'cong-trong-10']);
  });
});

describe('reading a report file from another teacher', () => {
  const good = report(A, '2026-11-20T08:00:00.000Z', [tally(20, 10, 6, 4, [['6', 5]])]);
  it('takes a report as exported', () => {
    expect(parseReportFile(JSON.parse(JSON.stringify(good)))).toEqual({ report: good });
  });
  it('refuses another file, a class id that is not a UUID, and any field beyond counts and texts (a name)', () => {
    expect(parseReportFile({ format: 'lopvui-backup' })).toHaveProperty('error');
    expect(parseReportFile({ ...good, classId: 'lop-1a' })).toMatchObject({ error: expect.stringContaining('classId') });
    const named = { ...good, activities: [{ ...good.activities[0], items: [{ ...good.activities[0]!.items[0], learners: ['Lan'] }] }] };
    expect(parseReportFile(named)).toMatchObject({ error: expect.stringContaining('activities.0.items.0') });
    expect(parseReportFile({ ...good, children: -1, extra: 1 })).toHaveProperty('error');
  });
});

describe('the report as CSV', () => {
  const words: ReportWords = {
    activity: 'Hoạt động',
    question: 'Câu hỏi',
    primary: { children: 'Số học sinh', firstTry: 'Đúng ngay lần đầu', afterHelp: 'Đúng sau khi được giúp', shown: 'Được xem đáp án', wrong: 'Câu trả lời sai hay gặp', wrongCount: '{{n}} em' },
    early: { children: 'Số trẻ', firstTry: 'Trẻ làm được ngay', afterHelp: 'Làm được khi cô gợi ý', shown: 'Được xem cách làm', wrong: 'Trẻ hay chọn nhầm', wrongCount: '{{n}} trẻ' },
  };
  it('starts with a BOM, quotes commas and quotes, neutralises formulas, gives percentages for pupils and counts in mầm non', () => {
    const tricky = { ...tally(4, 2, 1, 1, [['=HYPERLINK("x")', 2], ['a, "b"', 1]]), title: { vi: 'Cộng, "trừ"' } };
    const early = { ...tally(5, 3, 1, 1), id: 'dem-vit', title: { vi: 'Đếm vịt' }, early: true };
    const csv = reportCsv('Báo cáo lớp', 'Gộp từ 2 lớp', [tricky, early], 'vi', words);
    expect(csv.startsWith('\uFEFFBáo cáo lớp\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toContain('Hoạt động,"Cộng, ""trừ"""');
    expect(lines).toContain('Câu hỏi,Số học sinh,Đúng ngay lần đầu,Đúng sau khi được giúp,Được xem đáp án,Câu trả lời sai hay gặp');
    expect(lines).toContain(`1. 3 + 4 = ?,4,50%,25%,25%,"'=HYPERLINK(""x"") (2 em); a, ""b"" (1 em)"`);
    expect(lines).toContain('Câu hỏi,Số trẻ,Trẻ làm được ngay,Làm được khi cô gợi ý,Được xem cách làm,Trẻ hay chọn nhầm');
    expect(lines).toContain('1. 3 + 4 = ?,5,3,1,1,');
    expect(csv.slice(csv.indexOf('Đếm vịt'))).not.toContain('%');
  });
});
