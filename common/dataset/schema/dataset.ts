// The whole dataset as the app uses it: every file under data/ assembled into one object.
import { z } from 'zod'
import { AreaSchema, CriterionSchema, HeadlineCriteriaSchema, ReviewIntervalSchema } from './criteria'
import { ChecklistsFileSchema, ConcernsFileSchema, DatasetMetaSchema, MethodologySectionSchema, TimelineEventSchema } from './files'
import { MessengerSchema } from './messenger'
import { IsoDateSchema } from './primitives'
import { PublishersFileSchema } from './sources'

/** `messengerOrder` is not kept: `messengers` is already in that order. */
export const DatasetSchema = z.strictObject({
  version: DatasetMetaSchema.shape.version,
  date: IsoDateSchema,
  areas: z.array(AreaSchema).min(1),
  criteria: z.array(CriterionSchema).min(1),
  headline: HeadlineCriteriaSchema,
  messengers: z.array(MessengerSchema).min(1),
  defaultMessengers: DatasetMetaSchema.shape.defaultMessengers,
  timeline: z.array(TimelineEventSchema),
  methodology: z.array(MethodologySectionSchema),
  checklists: ChecklistsFileSchema.shape.checklists,
  checklistReview: ReviewIntervalSchema,
  concerns: ConcernsFileSchema.shape.concerns,
  presets: ConcernsFileSchema.shape.presets,
  publishers: PublishersFileSchema.shape.publishers
})

export type Dataset = z.infer<typeof DatasetSchema>
