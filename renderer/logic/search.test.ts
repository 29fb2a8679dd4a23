// Searching the comparison, told as a reader's stories, on the real dataset and on the small fixture.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDataDirectory, todayIso } from '../../common/dataset/read-directory'
import type { Dataset } from '../../common/dataset/schema'
import { fixtureDataset, makeCell } from '../../test/fixtures/dataset'
import { criterionMatches, highlightParts, marksAnything, parseQuery, rowShowsMatch, searchIndexOf } from './search'
import { normaliseForSearch } from './search-words'

const loaded = loadDataDirectory(join(import.meta.dirname, '../../data'), todayIso()).dataset
if (!loaded) throw new Error('the real dataset does not load')
const dataset: Dataset = loaded

/** The criteria the comparison shows for a query, with every messenger visible. */
const found = (query: string, data: Dataset = dataset): string[] =>
  data.criteria.filter((c) => criterionMatches(searchIndexOf(data), c, data.messengers, parseQuery(query))).map((c) => c.id)

/** The words of a text that the query marks. */
const marked = (text: string, query: string): string[] =>
  highlightParts(text, parseQuery(query))
    .filter((part) => part.match)
    .map((part) => part.text)

const telegram = dataset.messengers.find((m) => m.id === 'telegram')!

describe('a reader searching in Russian finds words in any of their forms', () => {
  it('«секретные чаты» and «секретный чат» both find the rows about Telegram’s Secret Chats', () => {
    for (const query of ['секретные чаты', 'секретный чат', 'Секретных чатов']) {
      expect(found(query)).toEqual(expect.arrayContaining(['e2ee-default-1to1', 'e2ee-desktop']))
    }
    expect(found('секретные чаты')).toEqual(found('секретный чат'))
  })

  it('«прослушка», «прослушки», «Госуслуги», «блокировка» and «блокировки» each find rows', () => {
    expect(found('прослушка').length).toBeGreaterThan(0)
    expect(found('прослушки')).toEqual(found('прослушка'))
    expect(found('Госуслуги')).toEqual(expect.arrayContaining(['state-mandates']))
    expect(found('блокировка').length).toBeGreaterThan(1)
    expect(found('блокировки')).toEqual(found('блокировка'))
  })

  it('treats ё as е and ignores case', () => {
    expect(normaliseForSearch('Ещё ЁЛКА')).toBe('еще елка')
    expect(found('ещё').length).toBeGreaterThan(0)
    expect(found('ЕЩЕ')).toEqual(found('ещё'))
    expect(marked('Всё ещё шифруется', 'еще')).toEqual(['ещё'])
  })

  it('finds a word still being typed', () => {
    expect(found('секретные ча')).toEqual(found('секретные чаты'))
    expect(found('блокир').length).toBeGreaterThanOrEqual(found('блокировка').length)
  })
})

describe('whatever the UI language, both languages are searched', () => {
  it('"backups" finds the backups row however the UI is set, since the index holds both languages', () => {
    expect(found('backups')).toContain('backups')
    expect(found('резервные копии')).toContain('backups')
  })

  it('«шифрование» finds the encryption rows, as "encryption" does', () => {
    expect(found('шифрование')).toEqual(expect.arrayContaining(['e2ee-default-1to1', 'e2ee-calls']))
    expect(found('encryption')).toEqual(expect.arrayContaining(['e2ee-default-1to1', 'e2ee-calls']))
  })

  it('only the visible messengers’ cells are searched', () => {
    const [alpha] = fixtureDataset.messengers
    const [oneToOne] = fixtureDataset.criteria
    const index = searchIndexOf(fixtureDataset)
    expect(criterionMatches(index, oneToOne!, [alpha!], parseQuery('Второй'))).toBe(true)
    expect(criterionMatches(index, oneToOne!, [], parseQuery('Второй'))).toBe(false)
  })

  it('a cell’s notes are searched, ё or е alike', () => {
    const [alpha, ...rest] = fixtureDataset.messengers
    const withNotes = {
      ...fixtureDataset,
      messengers: [
        { ...alpha!, cells: { ...alpha!.cells, 'e2ee-default-1to1': makeCell({ notes: { en: 'Still', ru: 'Всё ещё шифруется' } }) } },
        ...rest
      ]
    }
    expect(found('ЕЩЁ шифруется', withNotes)).toEqual(['e2ee-default-1to1'])
  })
})

describe('what is not there is not found', () => {
  it('a word that appears nowhere finds nothing, even when its hyphenated parts are common words', () => {
    expect(found('zzzyx')).toEqual([])
    expect(found('слово-которого-нет')).toEqual([])
    expect(found('секретные чаты zzzyx')).toEqual([])
  })

  it('an empty query shows everything', () => {
    expect(parseQuery('  ,. ')).toBeNull()
    expect(found('')).toHaveLength(dataset.criteria.length)
  })

  it('the index is built once per dataset', () => {
    expect(searchIndexOf(dataset)).toBe(searchIndexOf(dataset))
  })
})

describe('matching words are marked in the text the reader sees', () => {
  it('marks «секретных чатов» in Telegram’s Russian answer for «секретные чаты»', () => {
    const answer = telegram.cells['e2ee-default-1to1']!.answer
    expect(marked(answer.ru, 'секретные чаты')).toEqual(['секретных', 'чатов'])
    expect(marked(answer.en, 'secret chat')).toEqual(['Secret', 'Chats'])
  })

  it('keeps the whole text, in order, around the marks', () => {
    const text = 'Звонки, замедление, блокировка'
    const parts = highlightParts(text, parseQuery('блокировки'))
    expect(parts.map((p) => p.text).join('')).toBe(text)
    expect(parts).toEqual([
      { text: 'Звонки, замедление, ', match: false },
      { text: 'блокировка', match: true }
    ])
  })

  it('marks nothing that does not match, and nothing without a query', () => {
    expect(marked('Always readable by Telegram', 'секретные чаты')).toEqual([])
    expect(marksAnything('Always readable by Telegram', parseQuery('секретные чаты'))).toBe(false)
    expect(marksAnything('Доступны Telegram, кроме секретных чатов', parseQuery('секретные чаты'))).toBe(true)
    expect(marksAnything('Always readable', null)).toBe(false)
    expect(highlightParts('Always readable', null)).toEqual([{ text: 'Always readable', match: false }])
  })

  it('marks a hyphenated word whole, or only its matching part', () => {
    expect(marked('Calls encrypted end-to-end', 'end-to-end')).toEqual(['end-to-end'])
    expect(marked('Calls encrypted end-to-end', 'encrypted')).toEqual(['encrypted'])
    expect(marked('Приложения — да, сервер — нет', 'сервера')).toEqual(['сервер'])
  })
})

describe('a row found only in text the table does not show', () => {
  const backups = dataset.criteria.find((c) => c.id === 'backups')!
  it('marks nothing in the Russian table for an English word, so the row must say where it matched', () => {
    expect(rowShowsMatch(backups, dataset.messengers, 'ru', parseQuery('backups'))).toBe(false)
    expect(rowShowsMatch(backups, dataset.messengers, 'en', parseQuery('backups'))).toBe(true)
  })
})
