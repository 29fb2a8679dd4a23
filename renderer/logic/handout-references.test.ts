// The handout names one key source per answer: the first strong one listed, numbered once each.
import { describe, expect, it } from 'vitest'
import type { Cell, Publisher, Source } from '../../common/dataset/schema'
import { formatCompactDate } from '../format/dates'
import { keySource, numberClaims } from './handout-references'

const publisher = (domain: string, tier: Publisher['tier']): Publisher => ({
  domain,
  name: { en: domain, ru: domain },
  kind: tier === 'primary' ? 'regulator' : 'press',
  tier,
  state: 'none'
})
const PUBLISHERS = [publisher('gov.example', 'primary'), publisher('news.example', 'reputable'), publisher('blog.example', 'secondary')]
const source = (url: string, published?: string): Source => ({
  title: 'A headline',
  url,
  checked: '2026-11-25',
  ...(published && { published })
})
const cell = (...sources: Source[]): Cell => ({
  verdict: 'good',
  answer: { en: 'Yes', ru: 'Да' },
  summary: { en: 'Yes.', ru: 'Да.' },
  notes: { en: 'Yes.', ru: 'Да.' },
  sources,
  reviewed: '2026-11-25'
})

describe('the key source of an answer', () => {
  it('is the first strong source the author listed, even when a later one is primary', () => {
    const report = source('https://news.example/listed', '2024-12-20')
    expect(keySource([source('https://blog.example/b', '2026-05'), report, source('https://gov.example/faq')], PUBLISHERS)).toBe(report)
  })
  it('falls back to the first source when none is strong (a pack from elsewhere)', () => {
    const first = source('https://blog.example/a', '2026-01')
    expect(keySource([first, source('https://blog.example/b', '2026-05')], PUBLISHERS)).toBe(first)
  })
})

describe('numbering the claims', () => {
  it('gives a shared source one number, in order of first use, and dates each claim by its newest evidence', () => {
    const shared = source('https://news.example/shared', '2026-02-12')
    const cells = [cell(shared), cell(source('https://gov.example/law', '2015')), cell(source('https://blog.example/x', '2026-04'), shared)]
    const { claims, references } = numberClaims(cells, PUBLISHERS)
    expect(references.map((r) => [r.n, r.source.url])).toEqual([
      [1, 'https://news.example/shared'],
      [2, 'https://gov.example/law']
    ])
    expect(cells.map((c) => claims.get(c)!.reference)).toEqual([1, 2, 1])
    expect(claims.get(cells[2]!)!.evidence).toBe('2026-04')
  })
})

describe('compact printed dates', () => {
  it('never end a Russian date in «г.», so a sentence cannot end in a double full stop', () => {
    expect(formatCompactDate('2026-04', 'ru')).toBe('апрель 2026')
    expect(formatCompactDate('2026-03-05', 'ru')).toBe('5 мар. 2026')
    expect(formatCompactDate('2026-03-05', 'en')).toBe('5 Mar 2026')
    expect(formatCompactDate('2016', 'ru')).toBe('2016')
  })
})
