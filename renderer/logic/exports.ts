// The comparison as files a trainer can reuse: CSV (spreadsheets), JSON (tools), Markdown (slides),
// all in the chosen language and each carrying the dataset's version and date.
import Papa from 'papaparse'
import type { Dataset, Language } from '../../common/dataset/schema'
import { cellFreshness, describeSource } from './evidence'

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

const sourceLine = (s: ExportSource) =>
  `${s.title} — ${s.publisher} (${[s.kind, s.tier, s.copyOf].filter(Boolean).join('; ')})${s.published ? `, ${s.published}` : ''} (${s.url})`

export function toCsv(rows: ExportRow[], headers: Record<keyof ExportRow, string>): string {
  return Papa.unparse(
    {
      fields: Object.values(headers),
      data: rows.map((row) =>
        (Object.keys(headers) as (keyof ExportRow)[]).map((key) =>
          key === 'sources' ? row.sources.map(sourceLine).join('\n') : String(row[key])
        )
      )
    },
    // Cells starting with = + - @ are escaped so a spreadsheet never runs them as formulas.
    { escapeFormulae: true, newline: '\r\n' }
  )
}

export function toJson(dataset: Dataset, language: Language, rows: ExportRow[]): string {
  return `${JSON.stringify({ dataset: { version: dataset.version, date: dataset.date }, language, rows }, null, 2)}\n`
}

const cellText = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n+\s*/g, ' ')

export function toMarkdown(
  dataset: Dataset,
  language: Language,
  rows: ExportRow[],
  title: string,
  datasetLine: string,
  inShortTitle: string
): string {
  const lines = [`# ${title}`, '', datasetLine, '', `## ${inShortTitle}`, '']
  for (const messenger of dataset.messengers)
    lines.push(`- **${messenger.name}**: ${cellText(messenger.inShort.map((s) => s.text[language]).join(' '))}`)
  lines.push('')
  const messengers = dataset.messengers.map((m) => m.name)
  for (const area of dataset.areas) {
    const areaRows = rows.filter((r) => r.area === area.title[language])
    if (areaRows.length === 0) continue
    lines.push(`## ${area.title[language]}`, '', `| | ${messengers.join(' | ')} |`, `|---|${messengers.map(() => '---').join('|')}|`)
    for (const criterion of dataset.criteria.filter((c) => c.area === area.id)) {
      const cells = messengers.map((name) => {
        const row = areaRows.find((r) => r.criterion === criterion.title[language] && r.messenger === name)
        return row ? `**${cellText(row.verdict)}**: ${cellText(row.answer)}` : ''
      })
      // Access rows say so, so that "Works" is never read as "protects you" in a pasted table.
      const scale = areaRows.find((r) => r.criterion === criterion.title[language])?.scale
      const label = criterion.scale === 'access' && scale ? `${criterion.title[language]} (${scale})` : criterion.title[language]
      lines.push(`| ${cellText(label)} | ${cells.join(' | ')} |`)
    }
    lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}
