import i18next, { type i18n, type TFunction } from 'i18next';
import type { Lang } from '../model/activity/lang.ts';
import { en } from './en.ts';
import { vi } from './vi.ts';

export const catalogs = { vi, en } as const;

/**
 * A fresh i18next instance in `lang`. One per app (and one per CLI run): no global instance,
 * so tests and the validator can run in either language side by side.
 */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'vi',
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false }, // we write text with textContent, never innerHTML
    initAsync: false,
  });
  return instance;
}

export type Translate = TFunction;
