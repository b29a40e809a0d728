import type { Subject } from '../activity/terms.ts';

/**
 * Môn học of tiểu học (CT GDPT 2018), assessed Hoàn thành tốt / Hoàn thành / Chưa hoàn thành
 * under Thông tư 27/2020. An activity's `subject` names a menu group; which môn học it counts
 * toward can depend on the grade (science is Tự nhiên và Xã hội in grades 1–3, Khoa học in 4–5;
 * Tin học và Công nghệ starts in grade 3).
 */
export const MON_HOC = {
  'mon.tieng-viet': { vi: 'Tiếng Việt', en: 'Vietnamese' },
  'mon.toan': { vi: 'Toán', en: 'Mathematics' },
  'mon.ngoai-ngu': { vi: 'Ngoại ngữ 1 (Tiếng Anh)', en: 'Foreign language (English)' },
  'mon.tu-nhien-xa-hoi': { vi: 'Tự nhiên và Xã hội', en: 'Nature and society' },
  'mon.khoa-hoc': { vi: 'Khoa học', en: 'Science' },
  'mon.tin-hoc-cong-nghe': { vi: 'Tin học và Công nghệ', en: 'Computing and technology' },
  'mon.nghe-thuat': { vi: 'Nghệ thuật', en: 'Arts' },
  'mon.hoat-dong-trai-nghiem': { vi: 'Hoạt động trải nghiệm', en: 'Experiential activities' },
} as const;
export type MonHoc = keyof typeof MON_HOC;

/** The môn học an activity's evidence counts toward for a pupil of this grade, if any. */
export function monHocOf(subject: Subject | undefined, grade: number): MonHoc | undefined {
  switch (subject) {
    case 'math':
      return 'mon.toan';
    case 'vietnamese':
    case 'story':
      return 'mon.tieng-viet';
    case 'english':
      return 'mon.ngoai-ngu';
    case 'science':
      return grade <= 3 ? 'mon.tu-nhien-xa-hoi' : 'mon.khoa-hoc';
    case 'technology':
      return grade >= 3 ? 'mon.tin-hoc-cong-nghe' : undefined;
    case 'arts':
      return 'mon.nghe-thuat';
    case 'life':
      return 'mon.hoat-dong-trai-nghiem';
    default:
      return undefined;
  }
}
