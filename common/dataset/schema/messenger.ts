// messengers/<id>.json: one messenger, its bottom line and its cell for every criterion.
import { z } from 'zod'
import { IN_SHORT_STANCES, VERDICTS } from '../vocabulary'
import { IdSchema, IsoDateSchema, JsonSchemaReference, LocalizedTextSchema } from './primitives'
import { PublisherDomainSchema, SourceSchema } from './sources'

export const VerdictSchema = z.enum(VERDICTS)

export const CellSchema = z.strictObject({
  verdict: VerdictSchema,
  answer: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  notes: LocalizedTextSchema,
  sources: z.array(SourceSchema).min(1),
  /** The day a maintainer last re-checked this cell against its sources and newer events. */
  reviewed: IsoDateSchema
})

/** Short enough to read on a card in the first screen, in either language. */
export const IN_SHORT_MAX_LENGTH = 140

/** One sentence of a messenger's bottom line: what it claims (`stance`) and the cells it summarises. */
export const InShortSentenceSchema = z.strictObject({
  stance: z.enum(IN_SHORT_STANCES),
  cells: z.array(IdSchema).min(1),
  text: z.strictObject({
    en: z.string().trim().min(1).max(IN_SHORT_MAX_LENGTH),
    ru: z.string().trim().min(1).max(IN_SHORT_MAX_LENGTH)
  })
})

export const MessengerSchema = z.strictObject({
  $schema: JsonSchemaReference,
  id: IdSchema,
  name: z.string().trim().min(1),
  operator: LocalizedTextSchema,
  /** A reference point (Signal): marked in the matrix, but a candidate like any other in the guide. */
  reference: z.boolean(),
  /** The bottom line, in a few plain sentences; each is checked against the cells it names. */
  inShort: z.array(InShortSentenceSchema).min(2).max(4),
  /** The operator's own sites: only these may be registered as its vendor pages. */
  officialDomains: z.array(PublisherDomainSchema).min(1),
  cells: z.record(IdSchema, CellSchema)
})

export type Verdict = z.infer<typeof VerdictSchema>
export type InShortSentence = z.infer<typeof InShortSentenceSchema>
export type InShortStance = InShortSentence['stance']
export type Cell = z.infer<typeof CellSchema>
export type Messenger = z.infer<typeof MessengerSchema>
