// Dates in the reader's language: "12 Feb 2026" / «12 февр. 2026 г.»; partial dates stay partial.
import type { Language } from '../../common/dataset/schema'

const LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU' }

export function formatDate(value: string, language: Language): string {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?]
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1))
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : month !== undefined
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(LOCALES[language], options).format(date)
}
