// Telling Russian from English text, as the language checks on every bilingual field do.
import { describe, expect, it } from 'vitest'
import { isBareName, looksEnglish, looksRussian } from './text-checks'

describe('language detection', () => {
  it('tells Russian from English, allowing Latin product names', () => {
    expect(looksRussian('Шифрование MTProto 2.0 — собственная разработка Telegram')).toBe(true)
    expect(looksRussian('Secret chats only')).toBe(false)
    expect(looksRussian('Meta Platforms, США')).toBe(true)
    expect(looksRussian('Telegram uses its own protocol, MTProto 2.0, with some Russian: да')).toBe(false)
    expect(looksEnglish('Uses the Signal Protocol')).toBe(true)
    expect(looksEnglish('Только секретные чаты')).toBe(false)
  })
})

describe('bare names, shown as is in both languages', () => {
  it('accepts proper names and refuses English prose around them', () => {
    for (const name of ['Reuters', 'AFP', 'The Moscow Times', 'Fontanka.ru', 'Business & Human Rights Resource Centre', 'ТАСС'])
      expect(isBareName(name)).toBe(true)
    for (const prose of ['Max (company statement)', 'AFP, as published by Taipei Times', 'a Telegram channel', 'Reuters via Yahoo'])
      expect(isBareName(prose)).toBe(false)
  })
})
