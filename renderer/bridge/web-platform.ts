// The web edition: data from the dataset script the boot script loaded, settings in localStorage,
// exports as downloads. No network, no Node.
import { BUNDLED_DATASET_GLOBAL } from '../../common/embedded-dataset'
import type { Dataset } from '../../common/dataset/schema'
import type { TextFileFormat } from '../../common/vocabulary'
import type { Platform } from './platform'
import { sanitiseSettings, settingsFileContent } from '../../common/settings-sanitise'
import { WEB_SETTINGS_KEY } from './web-settings-key'

declare const __APP_VERSION__: string

export { WEB_SETTINGS_KEY }

export interface WebEnvironment {
  document: Pick<Document, 'getElementById' | 'createElement' | 'body' | 'documentElement' | 'fullscreenElement' | 'exitFullscreen'>
  storage: Pick<Storage, 'getItem' | 'setItem'>
  /** Where the dataset script left the bundled dataset (the window). */
  globals: Record<string, unknown>
  userAgent: string
  open: (url: string) => void
  createObjectUrl: (blob: Blob) => string
  revokeObjectUrl: (url: string) => void
  print: () => void
}

export function readBundledDataset(globals: Record<string, unknown>): Dataset {
  const json = globals[BUNDLED_DATASET_GLOBAL]
  if (typeof json !== 'string') throw new Error('the page has no built-in dataset')
  // Validated at build time (the build fails on invalid data); the schema library stays out of the page.
  return JSON.parse(json) as Dataset
}

const MIME: Record<TextFileFormat, string> = { markdown: 'text/markdown', csv: 'text/csv', json: 'application/json', text: 'text/plain' }

export function createWebPlatform(env: WebEnvironment): Platform {
  return {
    getAppInfo: async () => ({
      appVersion: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0',
      electronVersion: null,
      trustedPackKeys: 0,
      platform: env.userAgent
    }),
    getDataset: async () => ({ dataset: readBundledDataset(env.globals), origin: 'bundled', signer: null }),

    loadSettings: async () => {
      const text = env.storage.getItem(WEB_SETTINGS_KEY)
      if (text === null) return { settings: null, notice: null }
      let read = null
      try {
        read = sanitiseSettings(JSON.parse(text))
      } catch {
        // fall through: unreadable
      }
      if (read && read.dropped.length === 0) return { settings: read.settings, notice: null }
      // Keep the old copy rather than losing it; a partly valid one keeps its valid fields.
      env.storage.setItem(`${WEB_SETTINGS_KEY}:corrupt`, text)
      if (read) {
        env.storage.setItem(WEB_SETTINGS_KEY, JSON.stringify(settingsFileContent(read.settings)))
        return { settings: read.settings, notice: 'repaired' }
      }
      env.storage.setItem(`${WEB_SETTINGS_KEY}:corrupt`, text)
      return { settings: null, notice: 'reset' }
    },
    saveSettings: async (settings) => env.storage.setItem(WEB_SETTINGS_KEY, JSON.stringify(settingsFileContent(settings))),

    saveTextFile: async ({ suggestedName, content, format }) => {
      const url = env.createObjectUrl(new Blob([content], { type: `${MIME[format]};charset=utf-8` }))
      const link = env.document.createElement('a')
      link.href = url
      link.download = suggestedName
      env.document.body.append(link)
      link.click()
      link.remove()
      env.revokeObjectUrl(url)
      return { saved: true }
    },
    openLink: async (url) => {
      if (new URL(url).protocol !== 'https:') return { opened: false }
      env.open(url)
      return { opened: true }
    },
    // Checking a pack's signature and schema happens in the desktop app's main process only.
    importDataPack: async () => ({ ok: false, reason: 'not-available', detail: 'data packs need the desktop app' }),
    revertToBundledData: async () => ({ dataset: readBundledDataset(env.globals), origin: 'bundled', signer: null }),
    // The web edition has no application menu.
    onMenuCommand: () => () => undefined,
    // The browser's own print dialog offers "Save as PDF"; the handout opens it.
    saveHandoutPdf: async () => {
      env.print()
      return { saved: false }
    },
    // The Fullscreen API; a browser may refuse it (no user gesture, an iframe), and the overlay still works.
    setFullScreen: async (on) => {
      try {
        if (on && !env.document.fullscreenElement) await env.document.documentElement.requestFullscreen()
        if (!on && env.document.fullscreenElement) await env.document.exitFullscreen()
      } catch {
        // refused: stay as we are
      }
      return { fullScreen: !!env.document.fullscreenElement }
    }
  }
}
