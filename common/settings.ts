// The user's settings: the zod schema main checks every save request against (strict: a save from
// the page must be whole and valid). Saved files are read tolerantly by settings-sanitise.ts, with
// the same rules (a test keeps the two in step); the renderer imports only the type.
import { z } from 'zod'
import { LANGUAGES } from './dataset/vocabulary'
import { THEMES } from './settings-defaults'
import { CHECKLIST_KEY_PATTERN, ID_PATTERN, MAX_LIST } from './settings-sanitise'

const Id = z.string().regex(ID_PATTERN).max(80)

export const SettingsSchema = z.strictObject({
  language: z.enum(LANGUAGES).optional(),
  theme: z.enum(THEMES),
  hiddenMessengers: z.array(Id).max(MAX_LIST),
  areaFilter: Id.nullable(),
  selectedConcerns: z.array(Id).max(MAX_LIST),
  /** `<messenger id>/<item id>` → ticked. */
  checklistTicks: z.record(z.string().regex(CHECKLIST_KEY_PATTERN).max(170), z.literal(true))
})

export type Settings = z.infer<typeof SettingsSchema>
export type Theme = Settings['theme']
