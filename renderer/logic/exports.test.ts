import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { fixtureDataset, makeCell } from '../../test/fixtures/dataset'
import { toCsv, toJson, toMarkdown } from './export-files'
import { exportRows, type ExportRow } from './exports'

const labels = {
  verdicts: {
    good: 'Good',
    mixed: 'Mixed',
    poor: 'Poor',
    unknown: 'Unknown',
    works: 'Works',
    limited: 'Limited',
    blocked: 'Blocked',
    unclear: 'Not known'
  },
  scales: { protection: 'Protection', access: 'Access in Russia' },
  kinds: { press: 'Press', aggregator: 'Aggregator' },
  tiers: { reputable: 'Reputable', weak: 'Weak', unknown: 'Not in the registry' },
  copyOf: (publisher: string) => `copy of ${publisher}`,
  stale: { 'review-due': 'review due', 'evidence-old': 'old evidence' }
}
const TODAY = '2026-11-25'
const headers = Object.fromEntries(
  [
    'area',
    'criterion',
    'question',
    'scale',
    'messenger',
    'reference',
    'verdict',
    'answer',
    'summary',
    'notes',
    'reviewed',
    'evidence',
    'outdated',
    'sources'
  ].map((k) => [k, k])
) as Record<keyof ExportRow, string>

describe('exports', () => {
  const rows = exportRows(fixtureDataset, 'ru', labels, TODAY)

  it('has one row per messenger and criterion, in the chosen language', () => {
    expect(rows).toHaveLength(4)
    expect(rows[0]).toMatchObject({ area: 'Шифрование', criterion: 'Личные чаты', messenger: 'Alpha', verdict: 'Poor', answer: 'Нет' })
  })

  it('says which scale each verdict is on, and uses access words for access criteria', () => {
    const access = rows.filter((r) => r.criterion === 'Доступность')
    expect(access.map((r) => [r.scale, r.verdict])).toEqual([
      ['Access in Russia', 'Blocked'],
      ['Access in Russia', 'Not known']
    ])
    expect(rows.find((r) => r.criterion === 'Личные чаты')!.scale).toBe('Protection')
  })

  it('carries both dates and the outdated rule, and names publishers from the registry', () => {
    // The access cell (reviewed monthly) has evidence from January: flagged for old evidence, not for its review.
    const access = rows.find((r) => r.criterion === 'Доступность' && r.messenger === 'Alpha')!
    expect([access.reviewed, access.evidence, access.outdated]).toEqual(['2026-11-24', '2026-01-10', 'old evidence'])
    // A yearly criterion reviewed last week is not flagged, however old its evidence.
    expect(rows.find((r) => r.criterion === 'Личные чаты')!.outdated).toBe('')
    expect(rows[0]!.sources[0]).toMatchObject({ publisher: 'Пример', kind: 'Press', tier: 'Reputable', copyOf: '' })
  })

  it('says whose text a copy carries', () => {
    const dataset = structuredClone(fixtureDataset)
    dataset.messengers[0]!.cells['e2ee-default-1to1']!.sources = [
      { title: 'Story', url: 'https://copies.example/x', checked: '2026-11-24', copyOf: { publisher: 'Reuters' } }
    ]
    const source = exportRows(dataset, 'en', labels, TODAY)[0]!.sources[0]!
    expect(source).toMatchObject({ publisher: 'Copies', kind: 'Aggregator', tier: 'Weak', copyOf: 'copy of Reuters' })
    expect(toCsv(exportRows(dataset, 'en', labels, TODAY), headers, ['Yes', 'No'])).toContain(
      'Story — Copies (Aggregator; Weak; copy of Reuters)'
    )
  })

  it('Markdown starts with the bottom line of every messenger', () => {
    const markdown = toMarkdown(fixtureDataset, 'ru', rows, 'Сравнение', 'Данные 1.2.3', 'Если коротко')
    expect(markdown).toContain('## Если коротко')
    expect(markdown).toContain(`- **Alpha**: ${fixtureDataset.messengers[0]!.inShort.map((s) => s.text.ru).join(' ')}`)
  })

  it('CSV parses back to the same cells, sources included', () => {
    const parsed = Papa.parse<Record<string, string>>(toCsv(rows, headers, ['Да', 'Нет']), { header: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.data).toHaveLength(rows.length)
    parsed.data.forEach((record, i) => {
      expect(record.answer).toBe(rows[i]!.answer)
      expect(record.notes).toBe(rows[i]!.notes)
      expect(record.sources).toContain(rows[i]!.sources[0]!.url)
    })
  })

  it('CSV starts with a UTF-8 byte-order mark, so Excel on a Russian Windows reads the Cyrillic', () => {
    const bytes = new TextEncoder().encode(toCsv(rows, headers, ['Да', 'Нет']))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).indexOf('\uFEFF')).toBe(0)
  })

  it('CSV says yes and no in the reader’s words, not true and false', () => {
    const parsed = Papa.parse<Record<string, string>>(toCsv(rows, headers, ['Да', 'Нет']), { header: true })
    expect(new Set(parsed.data.map((record) => record.reference))).toEqual(new Set(['Да', 'Нет']))
  })

  it('CSV never lets a spreadsheet run a cell as a formula', () => {
    const dataset = structuredClone(fixtureDataset)
    dataset.messengers[0]!.cells['e2ee-default-1to1'] = makeCell({ answer: { en: '=HYPERLINK("x")', ru: '=HYPERLINK("x")' } })
    const csv = toCsv(exportRows(dataset, 'en', labels, TODAY), headers, ['Yes', 'No'])
    const record = Papa.parse<Record<string, string>>(csv, { header: true }).data[0]!
    expect(record.answer?.startsWith('=')).toBe(false)
    expect(record.answer).toContain('=HYPERLINK("x")')
  })

  it('JSON parses back with the dataset version and every row', () => {
    const json = JSON.parse(toJson(fixtureDataset, 'ru', rows))
    expect(json).toEqual({ dataset: { version: '1.2.3', date: '2026-11-20' }, language: 'ru', rows })
  })

  it('Markdown has a table per area with every messenger and criterion', () => {
    const markdown = toMarkdown(
      fixtureDataset,
      'en',
      exportRows(fixtureDataset, 'en', labels, TODAY),
      'Comparison',
      'Dataset 1.2.3',
      'In short'
    )
    expect(markdown).toContain('## Encryption')
    expect(markdown).toContain('| | Alpha | Beacon |')
    expect(markdown).toContain('| One-to-one chats | **Poor**: No | **Good**: Yes, by default |')
    expect(markdown).toContain('| Availability (Access in Russia) | **Blocked**: Blocked | **Not known**: Reports conflict |')
  })
})
