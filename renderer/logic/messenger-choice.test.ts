// The comparison shows the default selection as the reader changed it: hidden ones out, added ones in.
import { describe, expect, it } from 'vitest'
import { fixtureDataset } from '../../test/fixtures/dataset'
import { chosenMessengers, isDefaultMessenger } from './messenger-choice'

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
