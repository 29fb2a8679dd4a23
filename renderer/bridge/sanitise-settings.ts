// The web edition's saved settings come from localStorage, which anyone can edit: keep each field
// only if it has the right shape (the desktop app validates the same fields with zod in main).
import { DEFAULT_SETTINGS, THEMES } from '../../common/settings-defaults'
import type { Settings } from '../../common/settings'
import { LANGUAGES } from '../../data/vocabulary'

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= 50 && value.every((v) => typeof v === 'string' && ID.test(v))

/** Returns null when the value is not a settings object at all. */
export function sanitiseSettings(raw: unknown): Settings | null {
  if (!isRecord(raw)) return null
  const settings: Settings = structuredClone(DEFAULT_SETTINGS)
  if (LANGUAGES.includes(raw.language as never)) settings.language = raw.language as Settings['language']
  if (THEMES.includes(raw.theme as never)) settings.theme = raw.theme as Settings['theme']
  if (isIdList(raw.hiddenMessengers)) settings.hiddenMessengers = raw.hiddenMessengers
  if (raw.areaFilter === null || (typeof raw.areaFilter === 'string' && ID.test(raw.areaFilter))) settings.areaFilter = raw.areaFilter
  if (isIdList(raw.selectedConcerns)) settings.selectedConcerns = raw.selectedConcerns
  if (isRecord(raw.checklistTicks))
    for (const [key, ticked] of Object.entries(raw.checklistTicks))
      if (/^[a-z0-9-]+\/[a-z0-9-]+$/.test(key) && ticked === true) settings.checklistTicks[key] = true
  return settings
}
