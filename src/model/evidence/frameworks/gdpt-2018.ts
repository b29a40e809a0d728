import type { Framework } from './framework.ts';

/** Chương trình giáo dục phổ thông 2018: five qualities, three general and seven specific competencies. */
export const GDPT_2018: Framework = {
  id: 'gdpt-2018',
  name: { vi: 'Chương trình GDPT 2018', en: 'General education programme 2018' },
  source: 'Thông tư 32/2018/TT-BGDĐT',
  stage: 'tieu-hoc',
  proposed: ['nlc', 'nl'],
  groups: [
    {
      id: 'pc',
      name: { vi: 'Phẩm chất', en: 'Qualities' },
      competencies: [
        { code: 'pc.yeu-nuoc', name: { vi: 'Yêu nước', en: 'Patriotism' } },
        { code: 'pc.nhan-ai', name: { vi: 'Nhân ái', en: 'Kindness' } },
        { code: 'pc.cham-chi', name: { vi: 'Chăm chỉ', en: 'Diligence' } },
        { code: 'pc.trung-thuc', name: { vi: 'Trung thực', en: 'Honesty' } },
        { code: 'pc.trach-nhiem', name: { vi: 'Trách nhiệm', en: 'Responsibility' } },
      ],
    },
    {
      id: 'nlc',
      name: { vi: 'Năng lực chung', en: 'General competencies' },
      competencies: [
        { code: 'nlc.tu-chu-tu-hoc', name: { vi: 'Tự chủ và tự học', en: 'Autonomy and self-learning' } },
        { code: 'nlc.giao-tiep-hop-tac', name: { vi: 'Giao tiếp và hợp tác', en: 'Communication and collaboration' } },
        { code: 'nlc.giai-quyet-van-de', name: { vi: 'Giải quyết vấn đề và sáng tạo', en: 'Problem solving and creativity' } },
      ],
    },
    {
      id: 'nl',
      name: { vi: 'Năng lực đặc thù', en: 'Specific competencies' },
      competencies: [
        { code: 'nl.ngon-ngu', name: { vi: 'Ngôn ngữ', en: 'Language' } },
        { code: 'nl.tinh-toan', name: { vi: 'Tính toán', en: 'Numeracy' } },
        { code: 'nl.khoa-hoc', name: { vi: 'Khoa học', en: 'Science' } },
        { code: 'nl.cong-nghe', name: { vi: 'Công nghệ', en: 'Technology' } },
        { code: 'nl.tin-hoc', name: { vi: 'Tin học', en: 'Computing' } },
        { code: 'nl.tham-mi', name: { vi: 'Thẩm mĩ', en: 'Aesthetics' } },
        { code: 'nl.the-chat', name: { vi: 'Thể chất', en: 'Physical' } },
      ],
    },
  ],
};
