// The dataset schema: the single source of truth for the data's shape and its TypeScript types.
// Imported at runtime only by build scripts and the main process; the renderer uses `import type`.
import { z } from 'zod'
import { IN_SHORT_STANCES, LANGUAGES, PUBLISHER_KINDS, PUBLISHER_TIERS, SCALES, STATE_AFFILIATIONS, VERDICTS } from './vocabulary'

const isRealCalendarDate = (value: string): boolean => {
  const [year, month, day] = value.split('-').map(Number)
  const date = new Date(Date.UTC(year!, month! - 1, day ?? 1))
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month! - 1 &&
    (day === undefined || date.getUTCDate() === day)
  )
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

const IdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id')

export const HttpsUrlSchema = z.url({ protocol: /^https$/, hostname: z.regexes.domain })

export const VerdictSchema = z.enum(VERDICTS)

/** Which question a criterion answers, and so which verdicts its cells may have (checked in assemble). */
export const ScaleSchema = z.enum(SCALES)

/** A host name (`www.` dropped), optionally with a path prefix such as `github.com/signalapp`. */
export const PublisherDomainSchema = z
  .string()
  .regex(/^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+(\/[A-Za-z0-9._~-]+)*$/, 'expected a host name such as example.com or github.com/owner')

/** One publisher in the registry: everything a source's kind and weight are derived from. */
export const PublisherSchema = z.strictObject({
  domain: PublisherDomainSchema,
  /** Names are often Latin in both languages ("Reuters"), so only their presence is checked. */
  name: z.strictObject({ en: z.string().trim().min(1), ru: z.string().trim().min(1) }),
  kind: z.enum(PUBLISHER_KINDS),
  tier: z.enum(PUBLISHER_TIERS),
  state: z.enum(STATE_AFFILIATIONS),
  /** For a vendor: the messengers whose own site this is (checked against their `officialDomains`). */
  vendorOf: z.array(IdSchema).min(1).optional()
})

export const PublishersFileSchema = z.strictObject({
  $schema: z.string().optional(),
  publishers: z.array(PublisherSchema).min(1)
})

/**
 * A source's title: its own headline as a string, in its own language; or, when the headline is not
 * quoted, a [bracketed description] written in both languages.
 */
export const SourceTitleSchema = z.union([z.string().trim().min(1), LocalizedTextSchema])

/** The original a copy (an aggregator's, a mirror's or a syndicated one) reproduces. */
export const CopyOfSchema = z.strictObject({
  publisher: z.string().trim().min(1),
  url: HttpsUrlSchema.optional(),
  title: z.string().trim().min(1).optional()
})

/** Who published a source, its kind and its tier come from the registry by its URL, never by hand. */
export const SourceSchema = z.strictObject({
  title: SourceTitleSchema,
  url: HttpsUrlSchema,
  published: PartialDateSchema.optional(),
  checked: IsoDateSchema,
  copyOf: CopyOfSchema.optional(),
  /** One sentence quoted from the source, in its own language. */
  excerpt: z.string().trim().min(1).max(400).optional()
})

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
  $schema: z.string().optional(),
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

export const AreaSchema = z.strictObject({
  id: IdSchema,
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
  review: ReviewIntervalSchema
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
  $schema: z.string().optional(),
  areas: z.array(AreaSchema).min(1),
  criteria: z.array(CriterionSchema).min(1),
  headline: HeadlineCriteriaSchema
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
  $schema: z.string().optional(),
  events: z.array(TimelineEventSchema)
})

export const MethodologySectionSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  body: LocalizedTextSchema
})

export const MethodologyFileSchema = z.strictObject({
  $schema: z.string().optional(),
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
  $schema: z.string().optional(),
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
  $schema: z.string().optional(),
  concerns: z.array(ConcernSchema).min(1),
  presets: z.array(ScenarioPresetSchema)
})

export const DatasetMetaSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version like 1.2.3'),
  date: IsoDateSchema
})

/** The whole dataset as the app uses it: every file under data/ assembled into one object. */
export const DatasetSchema = z.strictObject({
  version: DatasetMetaSchema.shape.version,
  date: IsoDateSchema,
  areas: z.array(AreaSchema).min(1),
  criteria: z.array(CriterionSchema).min(1),
  headline: HeadlineCriteriaSchema,
  messengers: z.array(MessengerSchema).min(1),
  timeline: z.array(TimelineEventSchema),
  methodology: z.array(MethodologySectionSchema),
  checklists: ChecklistsFileSchema.shape.checklists,
  checklistReview: ReviewIntervalSchema,
  concerns: ConcernsFileSchema.shape.concerns,
  presets: ConcernsFileSchema.shape.presets,
  publishers: PublishersFileSchema.shape.publishers
})

export type IsoDate = z.infer<typeof IsoDateSchema>
export type Language = z.infer<typeof LanguageSchema>
export type LocalizedText = z.infer<typeof LocalizedTextSchema>
export type Verdict = z.infer<typeof VerdictSchema>
export type Scale = z.infer<typeof ScaleSchema>
export type InShortSentence = z.infer<typeof InShortSentenceSchema>
export type InShortStance = InShortSentence['stance']
export type HeadlineCriteria = z.infer<typeof HeadlineCriteriaSchema>
export type Publisher = z.infer<typeof PublisherSchema>
export type PublisherKind = Publisher['kind']
export type PublisherTier = Publisher['tier']
export type StateAffiliation = Publisher['state']
export type SourceTitle = z.infer<typeof SourceTitleSchema>
export type Source = z.infer<typeof SourceSchema>
export type Cell = z.infer<typeof CellSchema>
export type Messenger = z.infer<typeof MessengerSchema>
export type Area = z.infer<typeof AreaSchema>
export type Criterion = z.infer<typeof CriterionSchema>
export type ReviewInterval = z.infer<typeof ReviewIntervalSchema>
export type TimelineEvent = z.infer<typeof TimelineEventSchema>
export type MethodologySection = z.infer<typeof MethodologySectionSchema>
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>
export type Concern = z.infer<typeof ConcernSchema>
export type ScenarioPreset = z.infer<typeof ScenarioPresetSchema>
export type Dataset = z.infer<typeof DatasetSchema>

export { LANGUAGES, SCALES, VERDICTS }
