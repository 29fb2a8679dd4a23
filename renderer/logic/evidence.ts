// What the app says about evidence: who published a source (from the registry, never a hand label),
// how strong it is, whether it is a copy, and whether an answer is possibly outdated by the one rule
// in common/dataset/freshness.ts. Pure, so the matrix, dialogs, handout and exports all say the same thing.
import { freshnessOf, type Freshness } from '../../common/dataset/freshness'
import { publisherOf } from '../../common/dataset/publishers'
import type {
  Cell,
  Criterion,
  Dataset,
  Language,
  PublisherKind,
  PublisherTier,
  Source,
  StateAffiliation
} from '../../common/dataset/schema'

export interface SourceView {
  title: string
  /** A [description] rather than the source's own headline. */
  descriptive: boolean
  publisher: string
  kind: PublisherKind | null
  tier: PublisherTier | null
  state: StateAffiliation
  /** For a copy: whose text it carries. */
  copyOf: Source['copyOf'] | null
}

export function describeSource(source: Source, publishers: Dataset['publishers'], language: Language): SourceView {
  const publisher = publisherOf(source.url, publishers)
  const title = typeof source.title === 'string' ? source.title : source.title[language]
  return {
    title,
    descriptive: title.startsWith('['),
    // The check refuses unregistered domains; the host name is a fallback for a pack from elsewhere.
    publisher: publisher?.name[language] ?? new URL(source.url).hostname,
    kind: publisher?.kind ?? null,
    tier: publisher?.tier ?? null,
    state: publisher?.state ?? 'none',
    // The data check makes every aggregator or mirror name its original, so a copy always has one.
    copyOf: source.copyOf ?? null
  }
}

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
