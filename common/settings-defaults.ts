// The settings' defaults and limits without the schema library, so the renderer can use them: the zod
// schema (settings.ts, main's check of every save) and the tolerant reader of saved files
// (settings-sanitise.ts, both editions) are built from these, so a rule is written once.
import { ID_PATTERN } from './vocabulary'
import type { Settings } from './settings'

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  hiddenMessengers: [],
  addedMessengers: [],
  areaFilter: null,
  selectedConcerns: [],
  checklistTicks: {}
}

/** The most ids a saved list (hidden messengers, selected concerns) keeps. */
export const MAX_LIST = 50
export const MAX_ID_LENGTH = 80
/** A checklist tick's key: `<messenger id>/<item id>`, both ids in the dataset's id form. */
export const checklistKey = (messengerId: string, itemId: string) => `${messengerId}/${itemId}`
const ID = ID_PATTERN.source.slice(1, -1)
export const CHECKLIST_KEY_PATTERN = new RegExp(`^${ID}/${ID}$`)
export const MAX_CHECKLIST_KEY_LENGTH = 170
