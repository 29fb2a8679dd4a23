// Reading a saved settings file, the same way in both editions (a file via main, localStorage on the
// web): migrate it to the current version, keep every field that is valid, and name the ones that
// were not, which are set back to their defaults. No dependencies, so the renderer can use it; the
// zod schema in settings.ts (main's check of every save) is built from the same constants and kept
// in step by settings-sanitise.test.ts.
import type { Settings } from './settings'
import { CHECKLIST_KEY_PATTERN, DEFAULT_SETTINGS, MAX_CHECKLIST_KEY_LENGTH, MAX_ID_LENGTH, MAX_LIST } from './settings-defaults'
import { ID_PATTERN, LANGUAGES, THEMES } from './vocabulary'

/** 1: no `version`, with the points ranking's `weightOverrides`. 2: the decision guide, versioned. */
export const SETTINGS_VERSION = 2

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value)

/** A field's saved value, cleaned: the valid part, and whether anything had to be left out. */
type Read = { value: unknown; complete: boolean } | null
const whole = (ok: boolean, value: unknown): Read => (ok ? { value, complete: true } : null)
/** Lists and ticks keep their valid entries: one bad id does not cost the others. */
const idList = (value: unknown): Read => {
  if (!Array.isArray(value)) return null
  const kept = value.filter(isId).slice(0, MAX_LIST)
  return { value: kept, complete: kept.length === value.length }
}
const ticks = (value: unknown): Read => {
  if (!isRecord(value)) return null
  const kept = Object.entries(value).filter(
    ([key, ticked]) => key.length <= MAX_CHECKLIST_KEY_LENGTH && CHECKLIST_KEY_PATTERN.test(key) && ticked === true
  )
  return { value: Object.fromEntries(kept), complete: kept.length === Object.keys(value).length }
}

/** One reader per field of Settings. */
const FIELD_READERS: { [K in keyof Required<Settings>]: (value: unknown) => Read } = {
  language: (value) => whole((LANGUAGES as readonly unknown[]).includes(value), value),
  theme: (value) => whole((THEMES as readonly unknown[]).includes(value), value),
  hiddenMessengers: idList,
  addedMessengers: idList,
  areaFilter: (value) => whole(value === null || isId(value), value),
  selectedConcerns: idList,
  checklistTicks: ticks
}

/** Fields that older versions wrote and this one no longer uses: dropped silently by the migration. */
const RETIRED_FIELDS = ['weightOverrides', 'version']

export interface SanitisedSettings {
  settings: Settings
  /** Known fields whose saved value was invalid (now the default) or had invalid entries (left out). */
  dropped: string[]
  /** Fields this version does not know (perhaps from a newer one): ignored. */
  ignored: string[]
}

/** Null when the value is not a settings object at all. */
export function sanitiseSettings(raw: unknown): SanitisedSettings | null {
  if (!isRecord(raw)) return null
  const settings: Settings = structuredClone(DEFAULT_SETTINGS)
  const dropped: string[] = []
  for (const [field, read] of Object.entries(FIELD_READERS) as [keyof Settings, (value: unknown) => Read][]) {
    if (!Object.hasOwn(raw, field)) continue
    const result = read(raw[field])
    if (result) (settings as Record<string, unknown>)[field] = structuredClone(result.value)
    if (!result?.complete) dropped.push(field)
  }
  const ignored = Object.keys(raw).filter((key) => !Object.hasOwn(FIELD_READERS, key) && !RETIRED_FIELDS.includes(key))
  return { settings, dropped, ignored }
}

/** What is written: the settings with the version that wrote them, so a later version can migrate. */
export const settingsFileContent = (settings: Settings) => ({ version: SETTINGS_VERSION, ...settings })
