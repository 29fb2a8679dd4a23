// Search the comparison by word stems, in both languages whatever the UI language: the query, the index
// built once per dataset, which rows match, and which words to mark (search-words.ts makes the words).
import type { Cell, Criterion, Dataset, Language, Messenger } from '../../common/dataset/schema'
import { COMPOUND, normaliseForSearch, termOf, termsOf, WORD, type Term } from './search-words'

/** What a query asks for: every word must be found; the last may still be being typed, so it also matches as a prefix. */
export interface SearchQuery {
  terms: Term[]
}

export function parseQuery(query: string): SearchQuery | null {
  const terms = (normaliseForSearch(query).match(COMPOUND) ?? []).map(termOf)
  return terms.length > 0 ? { terms } : null
}

/** Whether a word found in a text answers the query's term at `index`. */
function answers(found: Term, query: SearchQuery, index: number): boolean {
  const term = query.terms[index]!
  if (found.stem === term.stem) return true
  // A stemmer cuts a half-typed word differently ("generali…"), so the word as written is tried as a prefix too.
  return index === query.terms.length - 1 && (found.stem.startsWith(term.stem) || found.word.startsWith(term.word))
}

const sourceTitles = (cell: Cell): string[] =>
  cell.sources.flatMap(({ title }) => (typeof title === 'string' ? [title] : [title.en, title.ru]))

/** Per criterion: the words of its own texts, and of each messenger's cell for it, both languages together. */
interface RowTerms {
  criterion: Term[]
  cells: Map<string, Term[]>
}
export type SearchIndex = Map<string, RowTerms>

const indexes = new WeakMap<Dataset, SearchIndex>()

/** Built once per dataset, so a keystroke only compares stems. */
export function searchIndexOf(dataset: Dataset): SearchIndex {
  let index = indexes.get(dataset)
  if (!index) {
    index = new Map(
      dataset.criteria.map((criterion) => {
        const cells = dataset.messengers.flatMap((m) => {
          const cell = m.cells[criterion.id]
          if (!cell) return []
          const { answer, summary, notes } = cell
          // Source titles are searched too: a word such as «прослушка» may appear only in a headline.
          const texts = [answer.en, answer.ru, summary.en, summary.ru, notes.en, notes.ru, ...sourceTitles(cell)]
          return [[m.id, termsOf(texts)] as const]
        })
        const own = termsOf([criterion.title.en, criterion.title.ru, criterion.question.en, criterion.question.ru])
        return [criterion.id, { criterion: own, cells: new Map(cells) }]
      })
    )
    indexes.set(dataset, index)
  }
  return index
}

/** Every word of the query must be found in the criterion or in one of the visible messengers' cells for it. */
export function criterionMatches(index: SearchIndex, criterion: Criterion, messengers: Messenger[], query: SearchQuery | null): boolean {
  if (!query) return true
  const row = index.get(criterion.id)
  if (!row) return false
  const terms = [...row.criterion, ...messengers.flatMap((m) => row.cells.get(m.id) ?? [])]
  return query.terms.every((_, i) => terms.some((found) => answers(found, query, i)))
}

export interface TextPart {
  text: string
  match: boolean
}

const isAnswer = (written: string, query: SearchQuery): boolean => {
  const found = termOf(normaliseForSearch(written))
  return query.terms.some((_, i) => answers(found, query, i))
}

/** Whether any word of the text would be marked: lets a memoised cell skip re-rendering when none is. */
export function marksAnything(text: string, query: SearchQuery | null): boolean {
  if (!query) return false
  for (const compound of text.matchAll(COMPOUND)) {
    if (isAnswer(compound[0], query)) return true
    for (const part of compound[0].matchAll(WORD)) if (isAnswer(part[0], query)) return true
  }
  return false
}

/** The text cut into runs, the words that answer the query marked; with no query, the whole text unmarked. */
export function highlightParts(text: string, query: SearchQuery | null): TextPart[] {
  if (!query) return [{ text, match: false }]
  // The spans of the text to mark: a compound that answers as a whole, else those of its parts that do.
  const spans: [number, number][] = []
  for (const compound of text.matchAll(COMPOUND)) {
    const start = compound.index
    if (isAnswer(compound[0], query)) spans.push([start, start + compound[0].length])
    else
      for (const part of compound[0].matchAll(WORD))
        if (isAnswer(part[0], query)) spans.push([start + part.index, start + part.index + part[0].length])
  }
  const parts: TextPart[] = []
  let at = 0
  for (const [start, end] of spans) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false })
    parts.push({ text: text.slice(start, end), match: true })
    at = end
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false })
  return parts
}

/**
 * Whether a matching row marks anything the table shows in this language (its title, question or an
 * answer): a row that matched only in notes or the other language's text says so instead.
 */
export function rowShowsMatch(
  criterion: Criterion,
  messengers: readonly Messenger[],
  language: Language,
  query: SearchQuery | null
): boolean {
  return (
    marksAnything(criterion.title[language], query) ||
    marksAnything(criterion.question[language], query) ||
    messengers.some((m) => {
      const cell = m.cells[criterion.id]
      return cell !== undefined && marksAnything(cell.answer[language], query)
    })
  )
}
