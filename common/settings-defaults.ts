// Settings defaults and vocabularies without the schema library, so the renderer can use them.
import type { Settings } from './settings'

export const THEMES = ['system', 'light', 'dark'] as const

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  hiddenMessengers: [],
  areaFilter: null,
  selectedConcerns: [],
  checklistTicks: {}
}
