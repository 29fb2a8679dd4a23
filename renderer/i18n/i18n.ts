// i18next set up once for the app: English and Russian catalogs, Russian plural forms via Intl.
import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../common/dataset/schema'
import en from './en.json'
import ru from './ru.json'

export const resources = { en: { translation: en }, ru: { translation: ru } } as const

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: (typeof resources)['en']
  }
}

export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false
  })
  return instance
}
