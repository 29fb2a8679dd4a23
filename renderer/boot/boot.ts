// Runs while the page is still being parsed, before the first paint: picks the prerendered language
// and the saved theme, so nobody sees the wrong language or a flash of the wrong theme.
// Kept tiny and dependency-free; the app proper starts later (deferred) and hydrates this markup.
import { BOOT_PREFERENCES_GLOBAL } from '../../common/boot-preferences'
import { isLanguage, isTheme, languageForLocale } from '../../common/vocabulary'
import { WEB_SETTINGS_KEY } from '../bridge/web-settings-key'
import { PRERENDERED_ATTRIBUTE, prerenderTemplateId } from './prerender-ids'

function savedSettings(): { language?: unknown; theme?: unknown } {
  // The desktop app: main handed over the saved settings (through the preload) before this ran.
  const fromMain: unknown = (window as unknown as Record<string, unknown>)[BOOT_PREFERENCES_GLOBAL]
  if (typeof fromMain === 'object' && fromMain !== null) return fromMain
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(WEB_SETTINGS_KEY) ?? '{}')
    return typeof parsed === 'object' && parsed !== null ? parsed : {}
  } catch {
    return {}
  }
}

const saved = savedSettings()
const language = isLanguage(saved.language) ? saved.language : languageForLocale(navigator.languages)
// 'system' leaves the attribute off, so the stylesheet follows prefers-color-scheme.
if (isTheme(saved.theme) && saved.theme !== 'system') document.documentElement.dataset.theme = saved.theme
document.documentElement.lang = language

const root = document.getElementById('root')
const template = document.getElementById(prerenderTemplateId(language))
if (root && template instanceof HTMLTemplateElement && root.getAttribute(PRERENDERED_ATTRIBUTE) !== language) {
  root.replaceChildren(template.content.cloneNode(true))
  root.setAttribute(PRERENDERED_ATTRIBUTE, language)
}
