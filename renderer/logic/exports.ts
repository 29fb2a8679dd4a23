// The comparison as rows a trainer can reuse, in the chosen language: one per messenger and criterion,
// with both dates, the outdated rule and the sources in words (export-files.ts writes them out).
import type { Dataset, Language } from '../../common/dataset/schema'
import { cellFreshness } from '../../common/dataset/stale-cells'
import { describeSource } from './evidence'

export interface ExportRow {
  area: string
  criterion: string
  question: string
  /** Protection or access: which question the verdict answers. */
  scale: string
  messenger: string
  reference: boolean
  verdict: string
  answer: string
  summary: string
  notes: string
  /** The day the answer was last re-checked, and the publication date of its newest source. */
  reviewed: string
  evidence: string
  /** Empty, or why the answer is possibly outdated (the app's one rule, in words). */
  outdated: string
  sources: ExportSource[]
}

export interface ExportSource {
  title: string
  /** From the publisher registry, in the chosen language. */
  publisher: string
  kind: string
  tier: string
  /** Words such as "copy of Reuters", empty for an original. */
  copyOf: string
  url: string
  published?: string
  checked: string
}

/** Everything the export says in words, in the chosen language. */
export interface ExportLabels {
  verdicts: Record<string, string>
  scales: Record<string, string>
  kinds: Record<string, string>
  tiers: Record<string, string>
  copyOf: (publisher: string) => string
  stale: Record<'review-due' | 'evidence-old', string>
}

export function exportRows(dataset: Dataset, language: Language, labels: ExportLabels, today: string): ExportRow[] {
  const areaTitle = (id: string) => dataset.areas.find((a) => a.id === id)?.title[language] ?? id
  return dataset.criteria.flatMap((criterion) =>
    dataset.messengers.flatMap((messenger) => {
      const cell = messenger.cells[criterion.id]
      if (!cell) return []
      return [
        {
          area: areaTitle(criterion.area),
          criterion: criterion.title[language],
          question: criterion.question[language],
          scale: labels.scales[criterion.scale] ?? criterion.scale,
          messenger: messenger.name,
          reference: messenger.reference,
          verdict: labels.verdicts[cell.verdict] ?? cell.verdict,
          answer: cell.answer[language],
          summary: cell.summary[language],
          notes: cell.notes[language],
          ...freshnessColumns(criterion, cell, labels, today),
          sources: cell.sources.map((source) => {
            const view = describeSource(source, dataset.publishers, language)
            return {
              title: view.title,
              publisher: view.publisher,
              kind: view.kind ? (labels.kinds[view.kind] ?? view.kind) : '',
              tier: labels.tiers[view.tier ?? 'unknown'] ?? '',
              copyOf: view.copyOf ? labels.copyOf(view.copyOf.publisher) : '',
              url: source.url,
              ...(source.published && { published: source.published }),
              checked: source.checked
            }
          })
        }
      ]
    })
  )
}

function freshnessColumns(
  criterion: Dataset['criteria'][number],
  cell: Dataset['messengers'][number]['cells'][string],
  labels: ExportLabels,
  today: string
) {
  const freshness = cellFreshness(criterion, cell, today)
  return {
    reviewed: freshness.reviewed,
    evidence: freshness.evidence ?? '',
    outdated: freshness.stale ? labels.stale[freshness.stale] : ''
  }
}
