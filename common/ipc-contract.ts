// The one IPC contract between main, preload and renderer: channel names with their argument and
// result types, and the renderer-facing method for each. Nothing else lives here, so the preload
// bundle stays tiny and the renderer imports it as types only.
import type { Dataset, Language } from './dataset/schema'
import type { TextFileRequest } from './ipc-arguments'
import type { Settings } from './settings'
import type { ExportFormat, ScreenId, Theme } from './vocabulary'

// Derived from the zod schema main validates it with.
export type { TextFileRequest }

/** Facts about the running app shown in the About area and the footer. */
export interface AppInfo {
  appVersion: string
  /** `null` in the web edition, which runs without Electron. */
  electronVersion: string | null
  platform: string
  /** How many signing keys this build trusts: with none, data packs cannot be imported (and the UI says so). */
  trustedPackKeys: number
}

/** Where the dataset in use came from: built into the app, or a signed data pack the user imported. */
export type DatasetOrigin = 'bundled' | 'imported'

export interface DatasetInfo {
  dataset: Dataset
  origin: DatasetOrigin
  /** Who signed the imported pack; null for the bundled data. */
  signer: string | null
}

/** Why a data pack was refused; the renderer shows each in the user's language. */
export type PackRejection =
  | 'too-large'
  | 'not-json'
  | 'not-a-pack'
  | 'no-trusted-keys'
  | 'unknown-signer'
  | 'bad-signature'
  | 'invalid-dataset'
  | 'not-newer'
  | 'expired'
  | 'key-not-valid'
  | 'not-a-file'
  | 'storage-failed'
  | 'not-available'

export type PackImportResult =
  /** `revokedKeys`: the file was a key revocation list, and this many keys are no longer trusted. */
  { ok: true; info: DatasetInfo; revokedKeys?: number } | { ok: false; reason: PackRejection; detail: string }

/** `notice: 'reset'` when the saved settings were unreadable and defaults are used (a copy is kept). */
export interface SettingsLoad {
  settings: Settings | null
  /** 'reset': unreadable, defaults used; 'repaired': some fields were invalid and are now defaults. */
  notice: 'reset' | 'repaired' | null
}

export interface IpcContract {
  'app:get-info': { args: []; result: AppInfo }
  'dataset:get': { args: []; result: DatasetInfo }
  'settings:load': { args: []; result: SettingsLoad }
  'settings:save': { args: [settings: Settings]; result: void }
  'file:save-text': { args: [request: TextFileRequest]; result: { saved: boolean } }
  'link:open': { args: [url: string]; result: { opened: boolean } }
  'pack:import': { args: [packText: string]; result: PackImportResult }
  'pack:revert': { args: []; result: DatasetInfo }
  'handout:save-pdf': { args: [suggestedName: string]; result: { saved: boolean } }
  /** Presentation mode: the window itself goes full screen (the page's Fullscreen API is denied). */
  'window:set-full-screen': { args: [on: boolean]; result: { fullScreen: boolean } }
}

export type Channel = keyof IpcContract
export type ChannelArgs<C extends Channel> = IpcContract[C]['args']
export type ChannelResult<C extends Channel> = IpcContract[C]['result']

/** Renderer-facing method name → channel. The preload exposes exactly these (security checklist #20). */
export const API_METHODS = {
  getAppInfo: 'app:get-info',
  getDataset: 'dataset:get',
  loadSettings: 'settings:load',
  saveSettings: 'settings:save',
  saveTextFile: 'file:save-text',
  openLink: 'link:open',
  importDataPack: 'pack:import',
  revertToBundledData: 'pack:revert',
  saveHandoutPdf: 'handout:save-pdf',
  setFullScreen: 'window:set-full-screen'
} as const satisfies Record<string, Channel>

export type ApiMethod = keyof typeof API_METHODS

/** The screens the application menu opens directly. */
export type MenuScreen = Extract<ScreenId, 'matrix' | 'handout' | 'about'>

/** What the application menu asks the page to do (main → renderer, the only push channel). */
export type MenuCommand =
  | { type: 'show-screen'; screen: MenuScreen }
  | { type: 'set-language'; language: Language }
  | { type: 'set-theme'; theme: Theme }
  | { type: 'present' }
  | { type: 'print' }
  | { type: 'save-handout-pdf' }
  | { type: 'export'; format: ExportFormat }
  | { type: 'pack-result'; result: PackImportResult }

export const MENU_COMMAND_CHANNEL = 'menu:command'

/** What the renderer may ask of the platform it runs on: the preload's API and the web edition's stand-in. */
export type DesktopApi = {
  [M in ApiMethod]: (...args: ChannelArgs<(typeof API_METHODS)[M]>) => Promise<ChannelResult<(typeof API_METHODS)[M]>>
} & {
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void
}

/** The global name under which the preload exposes the API. */
export const DESKTOP_API_GLOBAL = 'desktop'
