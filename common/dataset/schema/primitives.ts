// The building blocks every other schema uses: dates, ids, URLs and texts in both languages.
import { ID_PATTERN } from '../../vocabulary'
import { z } from 'zod'
import { LANGUAGES } from '../vocabulary'

const isRealCalendarDate = (value: string): boolean => {
  const [year, month, day] = value.split('-').map(Number)
  const date = new Date(Date.UTC(year!, month! - 1, day ?? 1))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && (day === undefined || date.getUTCDate() === day)
}

/** A full calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isRealCalendarDate, 'not a real calendar date')

/** A publication date known to the year, month or day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((value) => value.length === 4 || isRealCalendarDate(value), 'not a real calendar date')

export const LanguageSchema = z.enum(LANGUAGES)

/** Every human-readable text exists in both languages, written for each, not machine-glued. */
export const LocalizedTextSchema = z.strictObject({
  en: z.string().trim().min(1),
  ru: z.string().trim().min(1)
})

export const IdSchema = z.string().regex(ID_PATTERN, 'expected a kebab-case id')

export const HttpsUrlSchema = z.url({ protocol: /^https$/, hostname: z.regexes.domain })

/** Every data file may name its JSON Schema for editors; the check ignores it. */
export const JsonSchemaReference = z.string().optional()

export type IsoDate = z.infer<typeof IsoDateSchema>
export type Language = z.infer<typeof LanguageSchema>
export type LocalizedText = z.infer<typeof LocalizedTextSchema>
