// How text becomes searchable words: normalised (case, ё/е), cut into words and hyphenated compounds,
// and stemmed by language (Russian Snowball for Cyrillic, Porter English for the rest).
import { stemmer as englishStem } from '@orama/stemmers/english'
import { stemmer as russianStem } from '@orama/stemmers/russian'

export function normaliseForSearch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('ru').replace(/ё/g, 'е')
}

/** A word is a run of letters (with their combining marks) or digits; everything else separates words. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu
/** Words joined by hyphens ("end-to-end", «по-прежнему») also count as one compound word. */
export const COMPOUND = /[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*/gu
const CYRILLIC = /\p{Script=Cyrillic}/u

/** The dataset's vocabulary is small, so stems are kept for the session: highlighting re-stems the same words. */
const stems = new Map<string, string>()

/** The stem of one normalised word: Cyrillic words by the Russian Snowball stemmer, the rest by the English one. */
export function stemOf(word: string): string {
  let stem = stems.get(word)
  if (stem === undefined) {
    stem = CYRILLIC.test(word) ? russianStem(word) : englishStem(word)
    stems.set(word, stem)
  }
  return stem
}

/** One word of a query or a text, as written (normalised) and as a stem; a compound's parts are stemmed each. */
export interface Term {
  word: string
  stem: string
}

export function termOf(normalised: string): Term {
  const parts = normalised.match(WORD) ?? []
  return { word: parts.join('-'), stem: parts.map(stemOf).join('-') }
}

/** Each distinct word of some texts: its parts, and a compound as a whole too. */
export function termsOf(texts: string[]): Term[] {
  const byWord = new Map<string, Term>()
  for (const text of texts) {
    for (const compound of normaliseForSearch(text).match(COMPOUND) ?? []) {
      const parts = compound.match(WORD) ?? []
      for (const word of parts.length > 1 ? [...parts, compound] : parts) if (!byWord.has(word)) byWord.set(word, termOf(word))
    }
  }
  return [...byWord.values()]
}
