// Orders messengers for what a person worries about, with the reasons visible: which criteria count,
// how much, and how each messenger did on them. Deliberately no single score is shown to the user.
import type { Concern, Dataset, Messenger, Verdict } from '../../data/schema'
import { countVerdicts, type VerdictCounts } from './verdict-counts'

/** 0 = ignore, 1 = matters, 2 = matters a lot. */
export type Weight = 0 | 1 | 2
export const WEIGHTS: readonly Weight[] = [0, 1, 2]

/** What a verdict contributes; unknown earns nothing, so missing facts never help a messenger. */
const VERDICT_VALUE: Record<Verdict, number> = { good: 2, mixed: 1, poor: 0, unknown: 0 }

export interface RelevantCriterion {
  criterionId: string
  weight: Weight
  /** The selected concerns that bring this criterion in. */
  concernIds: string[]
}

export interface RankedMessenger {
  messenger: Messenger
  counts: VerdictCounts
  strengths: string[]
  weaknesses: string[]
  unknowns: string[]
  /** Internal ordering key; the UI shows the counts and reasons, not this number. */
  orderKey: number
}

/** The criteria the selected concerns touch; a criterion raised by two concerns matters a lot. */
export function relevantCriteria(
  concerns: Concern[],
  selected: readonly string[],
  overrides: Readonly<Record<string, Weight>>
): RelevantCriterion[] {
  const byCriterion = new Map<string, string[]>()
  for (const concern of concerns) {
    if (!selected.includes(concern.id)) continue
    for (const criterionId of concern.criteria) byCriterion.set(criterionId, [...(byCriterion.get(criterionId) ?? []), concern.id])
  }
  return [...byCriterion].map(([criterionId, concernIds]) => ({
    criterionId,
    concernIds,
    weight: overrides[criterionId] ?? (concernIds.length > 1 ? 2 : 1)
  }))
}

export function rankMessengers(dataset: Dataset, relevant: RelevantCriterion[]): RankedMessenger[] {
  const counted = relevant.filter((r) => r.weight > 0)
  const criteria = dataset.criteria.filter((c) => counted.some((r) => r.criterionId === c.id))
  return dataset.messengers
    .map((messenger) => {
      const verdictOf = (id: string): Verdict => messenger.cells[id]?.verdict ?? 'unknown'
      const orderKey = counted.reduce((sum, r) => sum + r.weight * VERDICT_VALUE[verdictOf(r.criterionId)], 0)
      return {
        messenger,
        counts: countVerdicts(messenger, criteria),
        strengths: counted.filter((r) => verdictOf(r.criterionId) === 'good').map((r) => r.criterionId),
        weaknesses: counted.filter((r) => verdictOf(r.criterionId) === 'poor').map((r) => r.criterionId),
        unknowns: counted.filter((r) => verdictOf(r.criterionId) === 'unknown').map((r) => r.criterionId),
        orderKey
      }
    })
    .sort(
      (a, b) =>
        Number(a.messenger.reference) - Number(b.messenger.reference) ||
        b.orderKey - a.orderKey ||
        a.weaknesses.length - b.weaknesses.length
    )
}
