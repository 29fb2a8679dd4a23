// The user's settings: the zod schema main checks every save request against (strict: a save from
// the page must be whole and valid). Saved files are read tolerantly by settings-sanitise.ts, from the
// same constants (settings-defaults.ts, vocabulary.ts); a test keeps the two in step. The renderer
// imports only the type.
import { z } from 'zod'
import { CHECKLIST_KEY_PATTERN, MAX_CHECKLIST_KEY_LENGTH, MAX_ID_LENGTH, MAX_LIST } from './settings-defaults'
import { ID_PATTERN, LANGUAGES, THEMES } from './vocabulary'

const Id = z.string().regex(ID_PATTERN).max(MAX_ID_LENGTH)

export const SettingsSchema = z.strictObject({
  language: z.enum(LANGUAGES).optional(),
  theme: z.enum(THEMES),
  hiddenMessengers: z.array(Id).max(MAX_LIST),
  /** Messengers outside the dataset's default selection that the reader chose to compare. */
  addedMessengers: z.array(Id).max(MAX_LIST),
  areaFilter: Id.nullable(),
  selectedConcerns: z.array(Id).max(MAX_LIST),
  /** `<messenger id>/<item id>` → ticked. */
  checklistTicks: z.record(z.string().regex(CHECKLIST_KEY_PATTERN).max(MAX_CHECKLIST_KEY_LENGTH), z.literal(true))
})

export type Settings = z.infer<typeof SettingsSchema>
