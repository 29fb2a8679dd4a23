// Which answers are possibly outdated, by the one rule in freshness.ts: shared by `data:check`'s
// figures and the app's count, flags and exports, so they always agree.
import { freshnessOf, type Freshness } from './freshness'
import type { Cell, Criterion, Dataset } from './schema'

export function cellFreshness(criterion: Criterion, cell: Cell, today: string): Freshness {
  return freshnessOf(cell, criterion.review.months, today)
}

/** Every possibly outdated cell, in matrix order. */
export function staleCells(dataset: Dataset, today: string): { messengerId: string; criterionId: string; freshness: Freshness }[] {
  const stale = []
  for (const messenger of dataset.messengers)
    for (const criterion of dataset.criteria) {
      const cell = messenger.cells[criterion.id]
      if (!cell) continue
      const freshness = cellFreshness(criterion, cell, today)
      if (freshness.stale) stale.push({ messengerId: messenger.id, criterionId: criterion.id, freshness })
    }
  return stale
}
