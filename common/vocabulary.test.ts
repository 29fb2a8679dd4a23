// The first run's language follows the system (main) or the browser (the page), through one rule.
import { describe, expect, it } from 'vitest'
import { isLanguage, isTheme, languageForLocale } from './vocabulary'

describe('the first-run language', () => {
  it('is Russian when the system locale is Russian, English otherwise', () => {
    expect(languageForLocale('ru')).toBe('ru')
    expect(languageForLocale('ru-RU')).toBe('ru')
    expect(languageForLocale('RU_ru')).toBe('ru')
    expect(languageForLocale('en-US')).toBe('en')
    expect(languageForLocale('de')).toBe('en')
    expect(languageForLocale('')).toBe('en')
  })

  it("is Russian when any of the browser's preferred languages is Russian", () => {
    expect(languageForLocale(['ru-RU', 'en-US'])).toBe('ru')
    expect(languageForLocale(['de-DE', 'ru'])).toBe('ru')
    expect(languageForLocale(['en-GB'])).toBe('en')
    expect(languageForLocale([])).toBe('en')
  })

  it('does not mistake another language whose code starts with "ru" for Russian', () => {
    // Aromanian (rup) and Rusyn (rue) are not Russian.
    expect(languageForLocale(['rup', 'rue-UA'])).toBe('en')
  })
})

describe('saved language and theme', () => {
  it('are accepted only when they are one of the app’s own', () => {
    expect(isLanguage('ru')).toBe(true)
    expect(isLanguage('de')).toBe(false)
    expect(isLanguage(undefined)).toBe(false)
    expect(isTheme('dark')).toBe(true)
    expect(isTheme('sepia')).toBe(false)
    expect(isTheme(42)).toBe(false)
  })
})
