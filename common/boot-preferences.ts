// The saved language and theme, handed from main to the page before its first paint: main passes
// them as a command-line argument of the renderer (webPreferences.additionalArguments), the preload
// reads them from process.argv and exposes them as plain data, and the boot script applies them.
// Without this the desktop app would paint in the system language and theme, then swap.
import type { Language } from './dataset/schema'
import { isLanguage, isTheme, type Theme } from './vocabulary'

export interface BootPreferences {
  language: Language
  theme: Theme
}

/** The global under which the preload exposes the boot preferences (data only, no functions). */
export const BOOT_PREFERENCES_GLOBAL = 'messengerPrivacyBoot'

const PREFIX = '--mp-boot='

export const bootArgument = ({ language, theme }: BootPreferences) => `${PREFIX}${language}:${theme}`

/** The boot preferences in a renderer's argv, or null when absent or not ours. */
export function parseBootArgument(argv: readonly string[]): BootPreferences | null {
  const argument = argv.find((a) => a.startsWith(PREFIX))
  if (!argument) return null
  const [language, theme] = argument.slice(PREFIX.length).split(':')
  return isLanguage(language) && isTheme(theme) ? { language, theme } : null
}

/** The window's background before the page paints: the page's own background colour for the theme. */
export const windowBackground = (theme: BootPreferences['theme'], systemPrefersDark: boolean) =>
  theme === 'dark' || (theme === 'system' && systemPrefersDark) ? '#15161a' : '#f6f6f3'
