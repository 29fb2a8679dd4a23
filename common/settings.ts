// The user's saved settings: one zod schema, used by main to validate the settings file and every
// save request; the renderer imports only the type.
import { z } from 'zod'
import { LANGUAGES } from '../data/vocabulary'
import { THEMES } from './settings-defaults'

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80)

export const SettingsSchema = z.strictObject({
  language: z.enum(LANGUAGES).optional(),
  theme: z.enum(THEMES),
  hiddenMessengers: z.array(Id).max(50),
  areaFilter: Id.nullable(),
  selectedConcerns: z.array(Id).max(50),
  /** Priorities of the points-based ordering that the decision guide replaced: still accepted so a file
   *  saved by an older version loads with every other setting intact, but never read or written. */
  weightOverrides: z.record(Id, z.union([z.literal(0), z.literal(1), z.literal(2)])).optional(),
  /** `<messenger id>/<item id>` → ticked. */
  checklistTicks: z.record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/).max(170), z.literal(true))
})

export type Settings = z.infer<typeof SettingsSchema>
export type Theme = Settings['theme']
