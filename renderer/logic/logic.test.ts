import { describe, expect, it } from 'vitest'
import { fixtureDataset, makeCell } from '../../test/fixtures/dataset'
import { differingCriteria } from './differences'
import { criterionMatches, normaliseForSearch } from './search'
import { countVerdicts } from './verdict-counts'

const [alpha, beacon] = fixtureDataset.messengers as [(typeof fixtureDataset.messengers)[0], (typeof fixtureDataset.messengers)[0]]
const [oneToOne, availability] = fixtureDataset.criteria as [(typeof fixtureDataset.criteria)[0], (typeof fixtureDataset.criteria)[0]]

describe('search', () => {
  it('ignores case and treats ё as е', () => {
    expect(normaliseForSearch('Ещё ЁЛКА')).toBe('еще елка')
  })

  it('finds a Russian word typed with е where the text has ё', () => {
    const messenger = {
      ...alpha,
      cells: { ...alpha.cells, 'e2ee-default-1to1': makeCell({ notes: { en: 'Still', ru: 'Всё ещё шифруется' } }) }
    }
    expect(criterionMatches(oneToOne, [messenger], 'ru', 'еще')).toBe(true)
    expect(criterionMatches(oneToOne, [messenger], 'ru', 'ЕЩЁ шифруется')).toBe(true)
    expect(criterionMatches(oneToOne, [messenger], 'ru', 'отсутствует')).toBe(false)
  })

  it('searches only the current language, and only visible messengers', () => {
    expect(criterionMatches(oneToOne, [alpha], 'en', 'Второй')).toBe(false)
    expect(criterionMatches(oneToOne, [alpha], 'ru', 'Второй')).toBe(true)
    expect(criterionMatches(oneToOne, [], 'ru', 'Второй')).toBe(false)
  })
})

describe('verdict counts', () => {
  it('counts each verdict over the given criteria, missing cells as unknown', () => {
    expect(countVerdicts(alpha, [oneToOne, availability])).toMatchObject({ good: 0, mixed: 0, poor: 1, unknown: 0, blocked: 1, works: 0 })
    const partial = { ...alpha, cells: {} }
    expect(countVerdicts(partial, [oneToOne])).toMatchObject({ good: 0, mixed: 0, poor: 0, unknown: 1 })
  })
})

describe('side by side', () => {
  it('lists only the criteria whose verdicts differ', () => {
    expect(differingCriteria(fixtureDataset.criteria, alpha, beacon).map((c) => c.id)).toEqual(['e2ee-default-1to1', 'availability-ru'])
    expect(differingCriteria(fixtureDataset.criteria, alpha, alpha)).toEqual([])
  })
})
