// The smaller data files: meta, timeline, methodology, checklists and concerns.
import { z } from 'zod'
import { MAX_COMPARED_MESSENGERS, VERSION_PATTERN } from '../../vocabulary'
import { ReviewIntervalSchema } from './criteria'
import { IdSchema, IsoDateSchema, JsonSchemaReference, LocalizedTextSchema, PartialDateSchema } from './primitives'
import { SourceSchema } from './sources'

export const DatasetMetaSchema = z.strictObject({
  $schema: JsonSchemaReference,
  version: z.string().regex(VERSION_PATTERN, 'expected a version like 1.2.3'),
  date: IsoDateSchema,
  /** An editorial choice: the compared messengers in the order the app shows them (unlisted ones follow by name). */
  messengerOrder: z.array(IdSchema),
  /** The messengers compared until the reader chooses others (the four the app began with); absent: the first ones in order. */
  defaultMessengers: z
    .array(IdSchema)
    .min(1)
    .max(MAX_COMPARED_MESSENGERS, `at most ${MAX_COMPARED_MESSENGERS}: no more are compared at once`)
    .optional()
})

export const TimelineEventSchema = z.strictObject({
  id: IdSchema,
  date: PartialDateSchema,
  messengers: z.array(IdSchema),
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  sources: z.array(SourceSchema).min(1)
})

export const TimelineFileSchema = z.strictObject({
  $schema: JsonSchemaReference,
  events: z.array(TimelineEventSchema)
})

export const MethodologySectionSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  body: LocalizedTextSchema
})

export const MethodologyFileSchema = z.strictObject({
  $schema: JsonSchemaReference,
  sections: z.array(MethodologySectionSchema).min(1)
})

/** A setting or habit that reduces risk for someone who must keep using a messenger. */
export const ChecklistItemSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  detail: LocalizedTextSchema,
  sources: z.array(SourceSchema).min(1),
  reviewed: IsoDateSchema
})

export const ChecklistsFileSchema = z.strictObject({
  $schema: JsonSchemaReference,
  /** How often checklist items are re-checked (app menus and features move with updates). */
  review: ReviewIntervalSchema,
  /** messenger id → its checklist, most important first. */
  checklists: z.record(IdSchema, z.array(ChecklistItemSchema).min(1))
})

/** Something a person worries about or needs, and the criteria that bear on it. */
export const ConcernSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(['worry', 'need']),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** Every criterion that bears on it; each counts once, however many chosen concerns name it. */
  criteria: z.array(IdSchema).min(1),
  /** Protection criteria a messenger must not be poor on to fit (a subset of `criteria`). */
  essential: z.array(IdSchema),
  /** About the state or the provider reading what you write or say: a provider that can read is never a fit. */
  aboutContent: z.boolean()
})

/** A ready-made set of concerns for a common situation. */
export const ScenarioPresetSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  concerns: z.array(IdSchema).min(1)
})

export const ConcernsFileSchema = z.strictObject({
  $schema: JsonSchemaReference,
  concerns: z.array(ConcernSchema).min(1),
  presets: z.array(ScenarioPresetSchema)
})

export type DatasetMeta = z.infer<typeof DatasetMetaSchema>
export type TimelineEvent = z.infer<typeof TimelineEventSchema>
export type TimelineFile = z.infer<typeof TimelineFileSchema>
export type MethodologySection = z.infer<typeof MethodologySectionSchema>
export type MethodologyFile = z.infer<typeof MethodologyFileSchema>
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>
export type ChecklistsFile = z.infer<typeof ChecklistsFileSchema>
export type Concern = z.infer<typeof ConcernSchema>
export type ScenarioPreset = z.infer<typeof ScenarioPresetSchema>
export type ConcernsFile = z.infer<typeof ConcernsFileSchema>
