// Dates that cannot be true: a dataset or a timeline event dated after today.
import { DATA_FILE_NAMES } from './data-files'
import type { DatasetCandidate } from './parse-files'
import { errorAt, type DataProblem } from './problems'
import type { IsoDate } from './schema'

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` → the first day it can mean, for "not in the future" checks. */
export const earliestDay = (partial: string): string =>
  partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial

export function dateChecks({ meta, timeline }: DatasetCandidate, today: IsoDate): DataProblem[] {
  const problems: DataProblem[] = []
  if (meta && meta.date > today) problems.push(errorAt({ file: DATA_FILE_NAMES.meta }, `date ${meta.date} is in the future`))
  for (const event of timeline?.events ?? [])
    if (earliestDay(event.date) > today)
      problems.push(errorAt({ file: DATA_FILE_NAMES.timeline }, `event "${event.id}": date ${event.date} is in the future`))
  return problems
}
