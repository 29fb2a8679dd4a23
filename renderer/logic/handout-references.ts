// The handout's references: one key source per answer (the first strong one listed), numbered in
// order of first use, so two printed pages can name a strong source for every claim. The app and
// the handout's optional appendix have the rest.
import { newestEvidence } from '../../common/dataset/freshness'
import { isStrongSource } from '../../common/dataset/publishers'
import type { Cell, Dataset, Source } from '../../common/dataset/schema'

export interface HandoutReference {
  n: number
  source: Source
}

/**
 * The source printed for an answer: the first strong one (primary or reputable) in the author's order,
 * which lists the most direct evidence first; a vendor's general FAQ listed later never displaces the
 * report of the fact itself. A cell always has a strong source (the data check), so the fallback is
 * only for a data pack from elsewhere.
 */
export function keySource(sources: readonly Source[], publishers: Dataset['publishers']): Source {
  return sources.find((source) => isStrongSource(source, publishers)) ?? sources[0]!
}

export interface HandoutClaim {
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
    claims.set(cell, { evidence: newestEvidence(cell.sources), reference: reference.n })
  }
  return { claims, references: [...byUrl.values()] }
}
