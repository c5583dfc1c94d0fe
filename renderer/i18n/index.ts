import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/ipc/contract';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';

export const languages: Language[] = ['nb', 'nn', 'en'];

/** One i18next instance for the app; nynorsk falls back to bokmål, then English, for missing keys. */
export async function initI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: { nn: ['nb', 'en'], default: ['en'] },
    resources: { en: { translation: en }, nb: { translation: nb }, nn: { translation: nn } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
