// How many criteria of a set got each verdict: the overview's one-glance summary.
import type { Criterion, Messenger, Verdict } from '../../common/dataset/schema'
import { VERDICTS } from '../../common/dataset/vocabulary'

export type VerdictCounts = Record<Verdict, number>

export function countVerdicts(messenger: Messenger, criteria: Criterion[]): VerdictCounts {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts
  // A missing cell counts as "not known" on its criterion's own scale.
  for (const criterion of criteria)
    counts[messenger.cells[criterion.id]?.verdict ?? (criterion.scale === 'access' ? 'unclear' : 'unknown')] += 1
  return counts
}
