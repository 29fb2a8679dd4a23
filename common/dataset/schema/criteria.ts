// criteria.json: the areas, the criteria every messenger is rated on, and the headline criteria.
import { z } from 'zod'
import { ALL_AREAS, SCALES } from '../vocabulary'
import { IdSchema, JsonSchemaReference, LocalizedTextSchema } from './primitives'

/** Which question a criterion answers, and so which verdicts its cells may have (checked in scale-checks). */
export const ScaleSchema = z.enum(SCALES)

export const AreaSchema = z.strictObject({
  id: IdSchema.refine((id) => id !== ALL_AREAS, `"${ALL_AREAS}" is reserved: a link's area=${ALL_AREAS} means every area`),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema
})

/** How often a criterion's cells must be re-checked, set by how fast its facts change, and why. */
export const ReviewIntervalSchema = z.strictObject({
  months: z.number().int().min(1).max(24),
  reason: LocalizedTextSchema
})

export const CriterionSchema = z.strictObject({
  id: IdSchema,
  area: IdSchema,
  scale: ScaleSchema,
  title: LocalizedTextSchema,
  question: LocalizedTextSchema,
  review: ReviewIntervalSchema,
  /** It asks about a feature a messenger may lack (calls, group chats): only here may a cell be "not offered". */
  feature: z.literal(true).optional()
})

/** The criteria that decide the two headline answers: can the provider read it, and does it work. */
export const HeadlineCriteriaSchema = z.strictObject({
  /** Chats and calls: any poor verdict here means the provider can read your messages or calls. */
  content: z.array(IdSchema).min(1),
  /** Does it work in Russia today (an access criterion). */
  access: IdSchema,
  /** What it costs you to reach it if it is blocked (VPN law and the like; a protection criterion). */
  accessRisk: IdSchema
})

export const CriteriaFileSchema = z.strictObject({
  $schema: JsonSchemaReference,
  areas: z.array(AreaSchema).min(1),
  criteria: z.array(CriterionSchema).min(1),
  headline: HeadlineCriteriaSchema
})

export type Scale = z.infer<typeof ScaleSchema>
export type HeadlineCriteria = z.infer<typeof HeadlineCriteriaSchema>
export type Area = z.infer<typeof AreaSchema>
export type Criterion = z.infer<typeof CriterionSchema>
export type ReviewInterval = z.infer<typeof ReviewIntervalSchema>
export type CriteriaFile = z.infer<typeof CriteriaFileSchema>
