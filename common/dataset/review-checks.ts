// Reviewed dates: not in the future, not before the newest evidence existed; possibly outdated is a
// warning (by the one rule in freshness.ts), so data:check still passes while a review is due.
import { earliestDay } from './date-checks'
import { freshnessOf, newestEvidence, type Freshness } from './freshness'
import type { DatasetCandidate } from './parse-files'
import { errorAt, warningAt, type DataProblem } from './problems'
import type { IsoDate } from './schema'
import { labelled, sourcedItems, type SourcedItem } from './sourced-items'

function staleMessage(freshness: Freshness): string {
  return freshness.stale === 'review-due'
    ? `not reviewed since ${freshness.reviewed}; its criterion is reviewed every ${freshness.intervalMonths} month(s)`
    : `newest evidence (${freshness.evidence ?? 'undated'}) is older than ${freshness.intervalMonths} month(s) for a fast-changing criterion: look for newer`
}

function reviewProblem(item: SourcedItem, review: NonNullable<SourcedItem['review']>, today: IsoDate): DataProblem | null {
  const { reviewed, months } = review
  const evidence = newestEvidence(item.sources)
  if (reviewed > today) return errorAt(item.place, labelled(item, `reviewed ${reviewed} is in the future`))
  if (evidence && earliestDay(evidence) > reviewed)
    return errorAt(item.place, labelled(item, `reviewed ${reviewed} before its newest source was published (${evidence})`))
  const freshness = freshnessOf({ reviewed, sources: item.sources }, months, today)
  return freshness.stale ? warningAt(item.place, labelled(item, staleMessage(freshness))) : null
}

export function reviewChecks(candidate: DatasetCandidate, today: IsoDate): DataProblem[] {
  return sourcedItems(candidate).flatMap((item) => {
    const problem = item.review && reviewProblem(item, item.review, today)
    return problem ? [problem] : []
  })
}
