// The handlers behind each channel, built from what they need (no Electron imports).
import type { AppInfo, DatasetInfo, PackImportResult, SettingsLoad, TextFileRequest } from '../../common/ipc-contract'
import type { Settings } from '../../common/settings'
import type { Handlers } from './register-handlers'

export interface HandlerDeps {
  appInfo: AppInfo
  getDataset: () => DatasetInfo
  loadSettings: () => Promise<SettingsLoad>
  saveSettings: (settings: Settings) => Promise<void>
  saveTextFile: (request: TextFileRequest) => Promise<{ saved: boolean }>
  openLink: (url: string) => Promise<{ opened: boolean }>
  importDataPack: (text: string) => Promise<PackImportResult>
  revertToBundledData: () => Promise<DatasetInfo>
  saveHandoutPdf: (suggestedName: string) => Promise<{ saved: boolean }>
  setFullScreen: (on: boolean) => Promise<{ fullScreen: boolean }>
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app:get-info': () => deps.appInfo,
    'dataset:get': () => deps.getDataset(),
    'settings:load': () => deps.loadSettings(),
    'settings:save': (settings) => deps.saveSettings(settings),
    'file:save-text': (request) => deps.saveTextFile(request),
    'link:open': (url) => deps.openLink(url),
    'pack:import': (text) => deps.importDataPack(text),
    'pack:revert': () => deps.revertToBundledData(),
    'handout:save-pdf': (name) => deps.saveHandoutPdf(name),
    'window:set-full-screen': (on) => deps.setFullScreen(on)
  }
}
