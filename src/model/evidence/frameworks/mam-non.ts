import type { Framework } from './framework.ts';

/** Chương trình giáo dục mầm non: the five areas of development. */
export const MAM_NON: Framework = {
  id: 'mam-non',
  name: { vi: 'Chương trình giáo dục mầm non', en: 'Early-years programme' },
  source: 'Chương trình giáo dục mầm non, Thông tư 17/2009/TT-BGDĐT, sửa đổi bởi Thông tư 28/2016 và 51/2020',
  stage: 'mam-non',
  groups: [
    {
      id: 'mn',
      name: { vi: 'Lĩnh vực phát triển', en: 'Areas of development' },
      competencies: [
        { code: 'mn.the-chat', name: { vi: 'Phát triển thể chất', en: 'Physical development' } },
        { code: 'mn.nhan-thuc', name: { vi: 'Phát triển nhận thức', en: 'Cognitive development' } },
        { code: 'mn.ngon-ngu', name: { vi: 'Phát triển ngôn ngữ', en: 'Language development' } },
        { code: 'mn.tinh-cam-xa-hoi', name: { vi: 'Phát triển tình cảm và kĩ năng xã hội', en: 'Emotional and social development' } },
        { code: 'mn.tham-mi', name: { vi: 'Phát triển thẩm mĩ', en: 'Aesthetic development' } },
      ],
    },
  ],
};

/**
 * Bộ chuẩn phát triển trẻ em năm tuổi (Thông tư 23/2010/TT-BGDĐT): the indicators our levels
 * use, by their number in the circular. Add an indicator here when a level needs it, with its
 * wording checked against the circular.
 */
export const CHUAN_5_TUOI: Framework = {
  id: 'chuan-5-tuoi',
  name: { vi: 'Bộ chuẩn phát triển trẻ em năm tuổi', en: 'Development standards for five-year-olds' },
  source: 'Thông tư 23/2010/TT-BGDĐT',
  stage: 'mam-non',
  groups: [
    {
      id: 'cs5.chuan-23',
      name: { vi: 'Chuẩn 23 (lĩnh vực nhận thức)', en: 'Standard 23 (cognitive area)' },
      competencies: [
        { code: 'cs5.104', name: { vi: 'Chỉ số 104: Nhận biết con số phù hợp với số lượng trong phạm vi 10', en: 'Indicator 104: matches numerals to quantities up to 10' } },
      ],
    },
  ],
};
