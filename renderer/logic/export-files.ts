// The export rows written out as files: CSV (spreadsheets), JSON (tools), Markdown (slides).
import Papa from 'papaparse'
import type { Dataset, Language } from '../../common/dataset/schema'
import type { ExportRow, ExportSource } from './exports'

const sourceLine = (s: ExportSource) =>
  `${s.title} — ${s.publisher} (${[s.kind, s.tier, s.copyOf].filter(Boolean).join('; ')})${s.published ? `, ${s.published}` : ''} (${s.url})`

/** Excel on a Russian Windows reads a CSV without a byte-order mark as cp1251, turning Cyrillic into mojibake. */
const UTF8_BOM = '\uFEFF'

/** `yesNo`: the reader's words for true and false (a spreadsheet shows «Да», not "true"). */
export function toCsv(rows: ExportRow[], headers: Record<keyof ExportRow, string>, yesNo: readonly [yes: string, no: string]): string {
  return (
    UTF8_BOM +
    Papa.unparse(
      {
        fields: Object.values(headers),
        data: rows.map((row) =>
          (Object.keys(headers) as (keyof ExportRow)[]).map((key) =>
            key === 'sources'
              ? row.sources.map(sourceLine).join('\n')
              : typeof row[key] === 'boolean'
                ? yesNo[row[key] ? 0 : 1]
                : String(row[key])
          )
        )
      },
      // Cells starting with = + - @ are escaped so a spreadsheet never runs them as formulas.
      { escapeFormulae: true, newline: '\r\n' }
    )
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
