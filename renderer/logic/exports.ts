// The comparison as files a trainer can reuse: CSV (spreadsheets), JSON (tools), Markdown (slides),
// all in the chosen language and each carrying the dataset's version and date.
import Papa from 'papaparse'
import type { Dataset, Language, Source } from '../../data/schema'

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
  asOf: string
  sources: { title: string; publisher: string; kind: string; url: string; published?: string; checked: string }[]
}

export type VerdictLabels = Record<string, string>
export type ScaleLabels = Record<string, string>

export function exportRows(dataset: Dataset, language: Language, verdictLabels: VerdictLabels, scaleLabels: ScaleLabels): ExportRow[] {
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
          scale: scaleLabels[criterion.scale] ?? criterion.scale,
          messenger: messenger.name,
          reference: messenger.reference,
          verdict: verdictLabels[cell.verdict] ?? cell.verdict,
          answer: cell.answer[language],
          summary: cell.summary[language],
          notes: cell.notes[language],
          asOf: cell.asOf,
          sources: cell.sources.map(({ title, publisher, kind, url, published, checked }: Source) => ({
            title,
            publisher,
            kind,
            url,
            ...(published && { published }),
            checked
          }))
        }
      ]
    })
  )
}

const sourceLine = (s: ExportRow['sources'][number]) => `${s.title} — ${s.publisher}${s.published ? `, ${s.published}` : ''} (${s.url})`

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
  for (const messenger of dataset.messengers) lines.push(`- **${messenger.name}**: ${cellText(messenger.inShort.map((s) => s.text[language]).join(' '))}`)
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
