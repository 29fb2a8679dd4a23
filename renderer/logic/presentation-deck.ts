// The presentation's slides, in order: a title slide (what this is and how old), the bottom line,
// one slide per criterion of the chosen areas, then each chosen messenger's first steps "if you must
// use it". It follows the comparison's choice of areas and messengers.
import type { Area, ChecklistItem, Criterion, Dataset, Messenger } from '../../common/dataset/schema'

/** A checklist slide shows this many steps: the data lists the most important first. */
export const CHECKLIST_SLIDE_ITEMS = 4
/** Bottom lines on one slide: four fit; five or six compared go three to a slide, still readable on a phone. */
const IN_SHORT_ON_ONE_SLIDE = 4
const IN_SHORT_PER_SLIDE = 3

export type Slide =
  | { kind: 'title' }
  | { kind: 'in-short'; messengers: Messenger[]; part: number; parts: number }
  | { kind: 'criterion'; criterion: Criterion; area: Area }
  | { kind: 'checklist'; messenger: Messenger; items: ChecklistItem[] }

export interface Deck {
  slides: Slide[]
  messengers: Messenger[]
}

export function buildDeck(dataset: Dataset, areaIds: readonly string[], messengerIds: readonly string[]): Deck {
  const messengers = dataset.messengers.filter((m) => messengerIds.includes(m.id))
  const criterionSlides = dataset.areas
    .filter((area) => areaIds.includes(area.id))
    .flatMap((area) =>
      dataset.criteria.filter((c) => c.area === area.id).map((criterion): Slide => ({ kind: 'criterion', criterion, area }))
    )
  const checklistSlides = messengers.flatMap((messenger): Slide[] => {
    const items = dataset.checklists[messenger.id]?.slice(0, CHECKLIST_SLIDE_ITEMS) ?? []
    return items.length > 0 ? [{ kind: 'checklist', messenger, items }] : []
  })
  const perSlide = messengers.length <= IN_SHORT_ON_ONE_SLIDE ? IN_SHORT_ON_ONE_SLIDE : IN_SHORT_PER_SLIDE
  const parts = Math.max(1, Math.ceil(messengers.length / perSlide))
  const inShortSlides = Array.from({ length: parts }, (_, index): Slide => ({
    kind: 'in-short',
    messengers: messengers.slice(index * perSlide, (index + 1) * perSlide),
    part: index + 1,
    parts
  }))
  return { slides: [{ kind: 'title' }, ...inShortSlides, ...criterionSlides, ...checklistSlides], messengers }
}

/** The most slides any choice can give: what a slide number in the address may reach. */
export const maxDeckLength = (dataset: Dataset): number =>
  1 + Math.ceil(dataset.messengers.length / IN_SHORT_PER_SLIDE) + dataset.criteria.length + dataset.messengers.length
