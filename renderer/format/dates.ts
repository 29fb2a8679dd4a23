// Dates in the reader's language: "12 Feb 2026" / «12 февр. 2026 г.»; partial dates stay partial.
import type { Language } from '../../common/dataset/schema'

const LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU' }

// Making a formatter costs far more than formatting (opening a cell formats every source's dates).
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}${JSON.stringify(options)}`
  let cached = formatters.get(key)
  if (!cached) formatters.set(key, (cached = new Intl.DateTimeFormat(LOCALES[language], options)))
  return cached
}

export function formatDate(value: string, language: Language): string {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?]
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1))
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : month !== undefined
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' }
  return formatter(language, options).format(date)
}

/**
 * A compact date for printed tables: "Mar 2026", "5 Mar 2026" / «март 2026», «5 мар. 2026». Russian
 * drops the year's «г.»: clutter in a cell, and a doubled full stop at the end of a sentence.
 */
export function formatCompactDate(value: string, language: Language): string {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?]
  if (month === undefined) return String(year)
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    // Month names alone stay whole in Russian («март»); with a day they shorten («5 мар.»).
    month: day === undefined && language === 'ru' ? 'long' : 'short',
    timeZone: 'UTC',
    ...(day !== undefined && { day: 'numeric' })
  }
  return formatter(language, options)
    .format(new Date(Date.UTC(year, month - 1, day ?? 1)))
    .replace(/\s*г\.$/, '')
}
