import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { fixtureDataset, makeCell } from '../../test/fixtures/dataset'
import { exportRows, toCsv, toJson, toMarkdown, type ExportRow } from './exports'

const labels = { good: 'Good', mixed: 'Mixed', poor: 'Poor', unknown: 'Unknown', works: 'Works', limited: 'Limited', blocked: 'Blocked', unclear: 'Not known' }
const scales = { protection: 'Protection', access: 'Access in Russia' }
const headers = Object.fromEntries(
  ['area', 'criterion', 'question', 'scale', 'messenger', 'reference', 'verdict', 'answer', 'summary', 'notes', 'asOf', 'sources'].map((k) => [k, k])
) as Record<keyof ExportRow, string>

describe('exports', () => {
  const rows = exportRows(fixtureDataset, 'ru', labels, scales)

  it('has one row per messenger and criterion, in the chosen language', () => {
    expect(rows).toHaveLength(4)
    expect(rows[0]).toMatchObject({ area: 'Шифрование', criterion: 'Личные чаты', messenger: 'Alpha', verdict: 'Poor', answer: 'Нет' })
  })

  it('says which scale each verdict is on, and uses access words for access criteria', () => {
    const access = rows.filter((r) => r.criterion === 'Доступность')
    expect(access.map((r) => [r.scale, r.verdict])).toEqual([['Access in Russia', 'Blocked'], ['Access in Russia', 'Not known']])
    expect(rows.find((r) => r.criterion === 'Личные чаты')!.scale).toBe('Protection')
  })

  it('Markdown starts with the bottom line of every messenger', () => {
    const markdown = toMarkdown(fixtureDataset, 'ru', rows, 'Сравнение', 'Данные 1.2.3', 'Если коротко')
    expect(markdown).toContain('## Если коротко')
    expect(markdown).toContain(`- **Alpha**: ${fixtureDataset.messengers[0]!.inShort.map((s) => s.text.ru).join(' ')}`)
  })

  it('CSV parses back to the same cells, sources included', () => {
    const parsed = Papa.parse<Record<string, string>>(toCsv(rows, headers), { header: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.data).toHaveLength(rows.length)
    parsed.data.forEach((record, i) => {
      expect(record.answer).toBe(rows[i]!.answer)
      expect(record.notes).toBe(rows[i]!.notes)
      expect(record.sources).toContain(rows[i]!.sources[0]!.url)
    })
  })

  it('CSV never lets a spreadsheet run a cell as a formula', () => {
    const dataset = structuredClone(fixtureDataset)
    dataset.messengers[0]!.cells['e2ee-default-1to1'] = makeCell({ answer: { en: '=HYPERLINK("x")', ru: '=HYPERLINK("x")' } })
    const csv = toCsv(exportRows(dataset, 'en', labels, scales), headers)
    const record = Papa.parse<Record<string, string>>(csv, { header: true }).data[0]!
    expect(record.answer?.startsWith("=")).toBe(false)
    expect(record.answer).toContain('=HYPERLINK("x")')
  })

  it('JSON parses back with the dataset version and every row', () => {
    const json = JSON.parse(toJson(fixtureDataset, 'ru', rows))
    expect(json).toEqual({ dataset: { version: '1.2.3', date: '2026-11-20' }, language: 'ru', rows })
  })

  it('Markdown has a table per area with every messenger and criterion', () => {
    const markdown = toMarkdown(fixtureDataset, 'en', exportRows(fixtureDataset, 'en', labels, scales), 'Comparison', 'Dataset 1.2.3', 'In short')
    expect(markdown).toContain('## Encryption')
    expect(markdown).toContain('| | Alpha | Beacon |')
    expect(markdown).toContain('| One-to-one chats | **Poor**: No | **Good**: Yes, by default |')
    expect(markdown).toContain('| Availability (Access in Russia) | **Blocked**: Blocked | **Not known**: Reports conflict |')
  })
})
