// The app's closed vocabularies, id formats and limits outside the dataset, as plain constants (no
// schema library), so main, preload and renderer share them and the zod schemas build their enums
// from them. The languages are the dataset's (common/dataset/vocabulary.ts; their type is `Language`
// in common/dataset/schema.ts).
import type { Language } from './dataset/schema'
import { LANGUAGES } from './dataset/vocabulary'

export { LANGUAGES }
export const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value)

/**
 * The language for a first run, from the system's locale (main) or the browser's preferred languages
 * (the page): Russian when any of them is Russian, English otherwise.
 */
export function languageForLocale(locales: string | readonly string[]): Language {
  const list: readonly string[] = typeof locales === 'string' ? [locales] : locales
  return list.some((locale) => locale.toLowerCase().split(/[-_]/)[0] === 'ru') ? 'ru' : 'en'
}

export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]
export const isTheme = (value: unknown): value is Theme => (THEMES as readonly unknown[]).includes(value)

/** What the comparison can be exported as: the menu's Export submenu and the page's export buttons. */
export const EXPORT_FORMATS = ['csv', 'json', 'markdown'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** What a saved text file may be: an export, or plain text. Chooses the save dialog's file-type filter. */
export const TEXT_FILE_FORMATS = [...EXPORT_FORMATS, 'text'] as const
export type TextFileFormat = (typeof TEXT_FILE_FORMATS)[number]
/** The extension each format's file is saved with: the suggested name and the save dialog's filter. */
export const TEXT_FILE_EXTENSIONS: Record<TextFileFormat, string> = { csv: 'csv', json: 'json', markdown: 'md', text: 'txt' }

/** The app's screens, in the navigation's order; each is an address (`#/overview`). */
export const SCREEN_IDS = ['matrix', 'overview', 'worries', 'checklists', 'compare', 'timeline', 'handout', 'about'] as const
export type ScreenId = (typeof SCREEN_IDS)[number]
/** The screen the app opens on, and where an unknown address lands. */
export const DEFAULT_SCREEN: ScreenId = 'matrix'

/** The most messengers compared side by side at once. Beyond six columns a laptop screen, a projector
 * and an A4 page can no longer show names and verdict badges unclipped; the reader chooses which. */
export const MAX_COMPARED_MESSENGERS = 6

/** The largest data pack (or key revocation list) accepted, in bytes: checked in the page and again in main. */
export const MAX_PACK_BYTES = 10 * 1024 * 1024

/** A dataset version, major.minor.patch: the dataset's meta, a data pack's header, the accepted high-water mark. */
export const VERSION_PATTERN = /^\d+\.\d+\.\d+$/

/** A kebab-case id, the form of every id in the dataset and in the settings. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/
