import { describe, expect, it } from 'vitest'
import { createI18n, resources } from './i18n'

type Tree = { [key: string]: string | Tree }

const flatten = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`)))

const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '')

describe('the UI catalogs', () => {
  it('have the same keys in English and Russian (plural forms aside)', () => {
    const en = new Set(flatten(resources.en.translation as Tree).map(pluralBase))
    const ru = new Set(flatten(resources.ru.translation as Tree).map(pluralBase))
    expect([...ru].sort()).toEqual([...en].sort())
  })

  it('give every Russian plural all four CLDR forms', () => {
    const ruKeys = flatten(resources.ru.translation)
    const plurals = new Set(ruKeys.filter((k) => /_(one|few|many|other)$/.test(k)).map(pluralBase))
    for (const base of plurals) for (const form of ['one', 'few', 'many', 'other']) expect(ruKeys).toContain(`${base}_${form}`)
  })

  it('pluralise Russian counts correctly', () => {
    const i18n = createI18n('ru')
    expect(i18n.t('details.sources', { count: 1 })).toBe('1 источник')
    expect(i18n.t('details.sources', { count: 3 })).toBe('3 источника')
    expect(i18n.t('details.sources', { count: 5 })).toBe('5 источников')
    expect(i18n.t('details.sources', { count: 21 })).toBe('21 источник')
  })
})
