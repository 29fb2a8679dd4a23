// Search across criteria, answers and notes in the reader's language; case- and ё/е-insensitive.
import type { Criterion, Language, Messenger } from '../../common/dataset/schema'

export function normaliseForSearch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('ru').replace(/ё/g, 'е')
}

/** Every word of the query must appear somewhere in the criterion or in one of its visible cells. */
export function criterionMatches(criterion: Criterion, messengers: Messenger[], language: Language, query: string): boolean {
  const words = normaliseForSearch(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = normaliseForSearch(
    [
      criterion.title[language],
      criterion.question[language],
      ...messengers.flatMap((m) => {
        const cell = m.cells[criterion.id]
        return cell ? [cell.answer[language], cell.summary[language], cell.notes[language]] : []
      })
    ].join('\n')
  )
  return words.every((word) => haystack.includes(word))
}
