import { describe, expect, it } from 'vitest'
import { fixtureDataset } from '../../test/fixtures/dataset'
import { differingCriteria } from './differences'
import { countVerdicts } from './verdict-counts'

const [alpha, beacon] = fixtureDataset.messengers as [(typeof fixtureDataset.messengers)[0], (typeof fixtureDataset.messengers)[0]]
const [oneToOne, availability] = fixtureDataset.criteria as [(typeof fixtureDataset.criteria)[0], (typeof fixtureDataset.criteria)[0]]

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
