// The handout's references: one key source per answer (the strongest, then the newest), numbered in
// order of first use, so two printed pages can name a strong source for every claim. The app and
// the handout's optional appendix have the rest.
import { latestDay, newestEvidence } from '../../common/dataset/freshness'
import { publisherOf } from '../../common/dataset/publishers'
import type { Cell, Dataset, Source } from '../../common/dataset/schema'
import { PUBLISHER_TIERS } from '../../common/dataset/vocabulary'

export interface HandoutReference {
  n: number
  source: Source
}

const tierRank = (source: Source, publishers: Dataset['publishers']): number => {
  const tier = publisherOf(source.url, publishers)?.tier
  return tier ? PUBLISHER_TIERS.indexOf(tier) : PUBLISHER_TIERS.length
}
const publishedDay = (source: Source): string => (source.published ? latestDay(source.published) : '')

/** The strongest source of an answer; among equals, the newest; among those, the first the author listed. */
export function keySource(sources: readonly Source[], publishers: Dataset['publishers']): Source {
  return sources.reduce((best, source) => {
    const [rank, bestRank] = [tierRank(source, publishers), tierRank(best, publishers)]
    return rank < bestRank || (rank === bestRank && publishedDay(source) > publishedDay(best)) ? source : best
  })
}

export interface HandoutClaim {
  cell: Cell
  /** The newest publication date behind the answer: what "as of" means on paper. */
  evidence: string | null
  reference: number
}

/** Numbers the key source of every cell, in reading order (cells given row by row). */
export function numberClaims(
  cells: readonly Cell[],
  publishers: Dataset['publishers']
): { claims: Map<Cell, HandoutClaim>; references: HandoutReference[] } {
  const byUrl = new Map<string, HandoutReference>()
  const claims = new Map<Cell, HandoutClaim>()
  for (const cell of cells) {
    const source = keySource(cell.sources, publishers)
    let reference = byUrl.get(source.url)
    if (!reference) byUrl.set(source.url, (reference = { n: byUrl.size + 1, source }))
    claims.set(cell, { cell, evidence: newestEvidence(cell.sources), reference: reference.n })
  }
  return { claims, references: [...byUrl.values()] }
}
