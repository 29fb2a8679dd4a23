// The comparison shows the default selection as the reader changed it: hidden ones out, added ones in.
import { describe, expect, it } from 'vitest'
import { fixtureDataset } from '../../test/fixtures/dataset'
import { MAX_COMPARED_MESSENGERS } from '../../common/vocabulary'
import { canChooseMore, chosenMessengers, HANDOUT_MAX_MESSENGERS, handoutStartingChoice, isDefaultMessenger } from './messenger-choice'

const ids = fixtureDataset.messengers.map((m) => m.id)
const names = (messengers: { id: string }[]) => messengers.map((m) => m.id)

describe('the messengers compared', () => {
  it('are every messenger but the hidden ones when the data names no default selection', () => {
    expect(isDefaultMessenger(fixtureDataset, ids[0]!)).toBe(true)
    expect(names(chosenMessengers(fixtureDataset, [ids[0]!], []))).toEqual(ids.slice(1))
  })

  it('start from the default selection: a new messenger is compared only once the reader adds it', () => {
    const [first, ...others] = ids
    const dataset = { ...fixtureDataset, defaultMessengers: others }
    expect(isDefaultMessenger(dataset, first!)).toBe(false)
    expect(names(chosenMessengers(dataset, [], []))).toEqual(others)
    expect(names(chosenMessengers(dataset, [], [first!]))).toEqual(ids)
    // Hiding applies to the default selection; an added id that is not outside it changes nothing.
    expect(names(chosenMessengers(dataset, [others[0]!], [others[0]!]))).toEqual(others.slice(1))
  })
})

describe('how many are compared at once', () => {
  const many = {
    ...fixtureDataset,
    messengers: Array.from({ length: 12 }, (_, i) => ({ ...fixtureDataset.messengers[0]!, id: `m${i}`, reference: false }))
  }
  const manyIds = many.messengers.map((m) => m.id)

  it('is at most MAX_COMPARED_MESSENGERS: with no default selection, the first ones in order', () => {
    expect(names(chosenMessengers(many, [], []))).toEqual(manyIds.slice(0, MAX_COMPARED_MESSENGERS))
    expect(isDefaultMessenger(many, manyIds[MAX_COMPARED_MESSENGERS]!)).toBe(false)
  })

  it('keeps the first ones of a longer saved or linked choice', () => {
    const dataset = { ...many, defaultMessengers: manyIds.slice(0, 2) }
    expect(names(chosenMessengers(dataset, [], manyIds))).toEqual(manyIds.slice(0, MAX_COMPARED_MESSENGERS))
  })

  it('lets the reader add one more only below the limit', () => {
    expect(canChooseMore(MAX_COMPARED_MESSENGERS - 1)).toBe(true)
    expect(canChooseMore(MAX_COMPARED_MESSENGERS)).toBe(false)
  })
})

describe('the handout', () => {
  it('starts from the comparison’s choice, cut to the four a sheet holds, keeping the reference', () => {
    const many = {
      ...fixtureDataset,
      messengers: Array.from({ length: 8 }, (_, i) => ({ ...fixtureDataset.messengers[0]!, id: `m${i}`, reference: i === 7 }))
    }
    const compared = ['m0', 'm1', 'm2', 'm3', 'm4', 'm7']
    expect(handoutStartingChoice(many, compared)).toEqual(['m0', 'm1', 'm2', 'm7'])
    expect(handoutStartingChoice(many, ['m1', 'm7'])).toEqual(['m1', 'm7'])
    expect(HANDOUT_MAX_MESSENGERS).toBeLessThan(MAX_COMPARED_MESSENGERS)
  })
})

describe('a choice longer than the limit', () => {
  it('keeps the reference, then the first others', () => {
    const many = {
      ...fixtureDataset,
      defaultMessengers: undefined,
      messengers: Array.from({ length: 9 }, (_, i) => ({ ...fixtureDataset.messengers[0]!, id: `m${i}`, reference: i === 8 }))
    }
    const ids = many.messengers.map((m) => m.id)
    expect(names(chosenMessengers(many, [], ids))).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm8'])
    expect(isDefaultMessenger(many, 'm8')).toBe(true)
    expect(isDefaultMessenger(many, 'm5')).toBe(false)
  })
})
