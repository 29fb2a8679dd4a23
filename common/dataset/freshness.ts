// When an answer counts as possibly outdated: one rule, shared by the data check and the UI (no
// dependencies). Two dates are kept apart on purpose: the day a maintainer last re-checked an answer
// ("reviewed") and the publication date of its newest source ("evidence"). Stable facts need only a
// recent review; for fast-changing ones (blocking status), a fresh review of old evidence is not enough.

/** Criteria reviewed this often or more (blocking, restrictions, mandates): their evidence must be as recent. */
export const FAST_CHANGING_MONTHS = 1

const pad = (n: number) => String(n).padStart(2, '0')
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** Shifts a `YYYY-MM-DD` day by whole months, clamping to the month's end (31 Mar − 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const index = year * 12 + (month - 1) + months
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1]
  return `${y}-${pad(m)}-${pad(Math.min(date, daysInMonth(y, m)))}`
}

export const monthsBefore = (day: string, months: number): string => addMonths(day, -months)

/** The last day a partial date (`YYYY`, `YYYY-MM`) can mean: the evidence may be as new as that. */
export function latestDay(partial: string): string {
  if (partial.length === 4) return `${partial}-12-31`
  if (partial.length === 7) {
    const [year, month] = partial.split('-').map(Number) as [number, number]
    return `${partial}-${pad(daysInMonth(year, month))}`
  }
  return partial
}

/** The newest publication date among sources, as written (`YYYY`, `YYYY-MM` or a day), or null. */
export function newestEvidence(sources: readonly { published?: string | undefined }[]): string | null {
  let newest: string | null = null
  for (const { published } of sources) if (published && (newest === null || latestDay(published) > latestDay(newest))) newest = published
  return newest
}

export type StaleReason = 'review-due' | 'evidence-old'

export interface Freshness {
  /** Possibly outdated, and the one reason why (review first: it is what a maintainer must do). */
  stale: StaleReason | null
  reviewed: string
  evidence: string | null
  /** The day by which the next review is due. */
  reviewDue: string
  intervalMonths: number
  fastChanging: boolean
}

/**
 * Possibly outdated means: not reviewed within its criterion's interval; or, for fast-changing
 * criteria, its newest evidence is older than that interval (or undated).
 */
export function freshnessOf(
  item: { reviewed: string; sources: readonly { published?: string | undefined }[] },
  intervalMonths: number,
  today: string
): Freshness {
  const evidence = newestEvidence(item.sources)
  const cutoff = monthsBefore(today, intervalMonths)
  const fastChanging = intervalMonths <= FAST_CHANGING_MONTHS
  const stale: StaleReason | null =
    item.reviewed < cutoff ? 'review-due' : fastChanging && (evidence === null || latestDay(evidence) < cutoff) ? 'evidence-old' : null
  return { stale, reviewed: item.reviewed, evidence, reviewDue: addMonths(item.reviewed, intervalMonths), intervalMonths, fastChanging }
}
