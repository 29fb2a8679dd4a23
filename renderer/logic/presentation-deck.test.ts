// The presentation's slides follow what the trainer chose in the comparison, on the real dataset.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDataDirectory, todayIso } from '../../common/dataset/read-directory'
import { buildDeck, CHECKLIST_SLIDE_ITEMS, maxDeckLength } from './presentation-deck'

const dataset = loadDataDirectory(join(import.meta.dirname, '../../data'), todayIso()).dataset!
const allAreas = dataset.areas.map((a) => a.id)
const allMessengers = dataset.messengers.map((m) => m.id)

describe('the presentation deck', () => {
  it('opens with the title and the bottom line, then every criterion in area order, then each messenger’s first steps', () => {
    const { slides } = buildDeck(dataset, allAreas, allMessengers)
    expect(slides.slice(0, 2).map((s) => s.kind)).toEqual(['title', 'in-short'])
    const criteria = slides.flatMap((s) => (s.kind === 'criterion' ? [s.criterion.id] : []))
    expect(criteria).toEqual(dataset.areas.flatMap((a) => dataset.criteria.filter((c) => c.area === a.id).map((c) => c.id)))
    const checklists = slides.flatMap((s) => (s.kind === 'checklist' ? [s] : []))
    expect(checklists.map((s) => s.messenger.id)).toEqual(allMessengers)
    for (const slide of checklists) expect(slide.items).toEqual(dataset.checklists[slide.messenger.id]!.slice(0, CHECKLIST_SLIDE_ITEMS))
    expect(slides).toHaveLength(maxDeckLength(dataset))
  })

  it('leaves out the areas and messengers the comparison hides', () => {
    const deck = buildDeck(dataset, ['encryption'], ['whatsapp', 'max'])
    expect(deck.messengers.map((m) => m.id)).toEqual(['whatsapp', 'max'])
    expect(deck.slides.every((s) => s.kind !== 'criterion' || s.area.id === 'encryption')).toBe(true)
    expect(deck.slides.filter((s) => s.kind === 'checklist').map((s) => (s.kind === 'checklist' ? s.messenger.id : ''))).toEqual([
      'whatsapp',
      'max'
    ])
  })

  it('puts four bottom lines on one slide, and five or six three to a slide, numbered', () => {
    const inShort = (ids: string[]) => buildDeck(dataset, allAreas, ids).slides.flatMap((s) => (s.kind === 'in-short' ? [s] : []))
    expect(inShort(allMessengers.slice(0, 4)).map((s) => s.messengers.length)).toEqual([4])
    const six = inShort(allMessengers.slice(0, 6))
    expect(six.map((s) => s.messengers.map((m) => m.id))).toEqual([allMessengers.slice(0, 3), allMessengers.slice(3, 6)])
    expect(six.map((s) => `${s.part}/${s.parts}`)).toEqual(['1/2', '2/2'])
  })
})
