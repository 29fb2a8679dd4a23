// Every text in both languages must really be in that language: catches swapped or untranslated fields.
import { DATA_FILE_NAMES } from './data-files'
import type { DatasetCandidate } from './parse-files'
import { errorAt, type DataProblem, type ProblemPlace } from './problems'
import type { LocalizedText } from './schema'

const CYRILLIC = /\p{Script=Cyrillic}/gu
const LATIN = /\p{Script=Latin}/gu

/** Short texts are often mostly names ("Meta Platforms, США"); longer ones must be mostly Cyrillic. */
const SHORT_TEXT = 60

/** Russian text must be Russian; names such as "WhatsApp" or "MTProto" may stay Latin. */
export function looksRussian(text: string): boolean {
  const cyrillic = text.match(CYRILLIC)?.length ?? 0
  const latin = text.match(LATIN)?.length ?? 0
  return cyrillic > 0 && (text.length < SHORT_TEXT || cyrillic >= latin * 0.6)
}

/** English text must not be (mostly) Russian: catches swapped or untranslated fields. */
export function looksEnglish(text: string): boolean {
  const cyrillic = text.match(CYRILLIC)?.length ?? 0
  const latin = text.match(LATIN)?.length ?? 0
  return latin > 0 && cyrillic <= latin * 0.2
}

/**
 * A name that reads the same to English and Russian readers, so one string may serve both: no word starts
 * with a lowercase letter ("AFP, as published by…", "Max (company statement)") and there is no punctuation
 * that joins prose (commas, brackets, colons, quotes). "Reuters", "The Moscow Times", "Fontanka.ru" and
 * "Business & Human Rights Resource Centre" pass; anything else needs `{ en, ru }`.
 */
export function isBareName(text: string): boolean {
  if (/[,;:()[\]{}"«»“”]/u.test(text)) return false
  return text
    .trim()
    .split(/\s+/u)
    .every((word) => !/^\p{Ll}/u.test(word))
}

/** One problem per text, keyed by the field name its messages start with, that is not in its language. */
export function textProblems(texts: Record<string, LocalizedText>, place: ProblemPlace): DataProblem[] {
  return Object.entries(texts).flatMap(([field, text]) => [
    ...(looksRussian(text.ru) ? [] : [errorAt(place, `${field}.ru is not Russian text: "${text.ru.slice(0, 60)}"`)]),
    ...(looksEnglish(text.en) ? [] : [errorAt(place, `${field}.en is not English text: "${text.en.slice(0, 60)}"`)])
  ])
}

// Operators and publishers are company names, often Latin in both languages: only their presence is checked (schema).
export function textChecks(candidate: DatasetCandidate): DataProblem[] {
  const { criteria, timeline, methodology, checklists, concerns } = candidate
  const messengerTexts = candidate.messengers.flatMap(({ file, messenger }) => [
    ...Object.entries(messenger.cells).flatMap(([criterion, cell]) =>
      textProblems({ answer: cell.answer, summary: cell.summary, notes: cell.notes }, { file, messenger: messenger.id, criterion })
    ),
    ...messenger.inShort.flatMap((sentence, index) =>
      textProblems({ [`inShort[${index}].text`]: sentence.text }, { file, messenger: messenger.id })
    )
  ])
  const criteriaPlace = { file: DATA_FILE_NAMES.criteria }
  const criteriaTexts = [
    ...(criteria?.criteria ?? []).flatMap((c) =>
      textProblems({ title: c.title, question: c.question }, { ...criteriaPlace, criterion: c.id })
    ),
    ...(criteria?.areas ?? []).flatMap((area) => textProblems({ title: area.title, description: area.description }, criteriaPlace))
  ]
  const timelineTexts = (timeline?.events ?? []).flatMap((event) => {
    const label = `event "${event.id}"`
    return textProblems({ [`${label} title`]: event.title, [`${label} summary`]: event.summary }, { file: DATA_FILE_NAMES.timeline })
  })
  const methodologyTexts = (methodology?.sections ?? []).flatMap((section) => {
    const label = `section "${section.id}"`
    return textProblems({ [`${label} title`]: section.title, [`${label} body`]: section.body }, { file: DATA_FILE_NAMES.methodology })
  })
  const checklistTexts = Object.entries(checklists?.checklists ?? {}).flatMap(([messenger, items]) =>
    items.flatMap((item) => {
      const label = `item "${item.id}"`
      return textProblems(
        { [`${label} title`]: item.title, [`${label} detail`]: item.detail },
        { file: DATA_FILE_NAMES.checklists, messenger }
      )
    })
  )
  const concernsPlace = { file: DATA_FILE_NAMES.concerns }
  const concernTexts = [
    ...(concerns?.concerns ?? []).flatMap((concern) => {
      const label = `concern "${concern.id}"`
      return textProblems({ [`${label} title`]: concern.title, [`${label} description`]: concern.description }, concernsPlace)
    }),
    ...(concerns?.presets ?? []).flatMap((preset) => {
      const label = `preset "${preset.id}"`
      return textProblems({ [`${label} title`]: preset.title, [`${label} description`]: preset.description }, concernsPlace)
    })
  ]
  return [...messengerTexts, ...criteriaTexts, ...timelineTexts, ...methodologyTexts, ...checklistTexts, ...concernTexts]
}
