// Every item that cites sources (cells, timeline events, checklist items), with where to report it:
// the source, review and registry checks walk this one list, so none of them can miss a kind of item.
import { DATA_FILE_NAMES } from './data-files'
import type { DatasetCandidate } from './parse-files'
import type { ProblemPlace } from './problems'
import type { IsoDate, Source } from './schema'

export interface SourcedItem {
  sources: Source[]
  place: ProblemPlace
  /** Names the item where its place does not (`event "x"`, `item "y"`); empty for a cell. */
  label: string
  /** Items a maintainer re-checks: when they last did, and how often they must. */
  review?: { reviewed: IsoDate; months: number }
  /** A cell's verdict (other items have none). */
  verdict?: string
}

export function sourcedItems({ messengers, criteria, timeline, checklists }: DatasetCandidate): SourcedItem[] {
  const cells = messengers.flatMap(({ file, messenger }) =>
    Object.entries(messenger.cells).map(([criterionId, cell]): SourcedItem => {
      const criterion = criteria?.criteria.find((c) => c.id === criterionId)
      return {
        sources: cell.sources,
        place: { file, messenger: messenger.id, criterion: criterionId },
        label: '',
        verdict: cell.verdict,
        ...(criterion && { review: { reviewed: cell.reviewed, months: criterion.review.months } })
      }
    })
  )
  const events = (timeline?.events ?? []).map((event): SourcedItem => ({
    sources: event.sources,
    place: { file: DATA_FILE_NAMES.timeline },
    label: `event "${event.id}"`
  }))
  const checklistItems = Object.entries(checklists?.checklists ?? {}).flatMap(([messenger, items]) =>
    items.map((item): SourcedItem => ({
      sources: item.sources,
      place: { file: DATA_FILE_NAMES.checklists, messenger },
      label: `item "${item.id}"`,
      review: { reviewed: item.reviewed, months: checklists!.review.months }
    }))
  )
  return [...cells, ...events, ...checklistItems]
}

/** `label: message`, or the message alone for an item whose place names it. */
export const labelled = (item: SourcedItem, message: string): string => (item.label ? `${item.label}: ${message}` : message)
