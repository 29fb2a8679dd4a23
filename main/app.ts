// The app's lifecycle, wired from injected Electron objects so it can be tested without the binary.
import type { App, BrowserWindow, BrowserWindowConstructorOptions, IpcMain, Protocol, WebContents } from 'electron'
import type { AppInfo } from '../common/ipc-contract'
import type { Settings, Theme } from '../common/settings'
import type { Language } from '../data/schema'
import type { DatasetState } from './services/dataset-state'
import { restoreBounds, type Area, type WindowStateFile } from './services/window-state'
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin'
import { createHandlers, type HandlerDeps } from './ipc/handlers'
import { registerHandlers } from './ipc/register-handlers'
import { createTrustedSenders } from './ipc/trusted-sender'
import { createAppProtocolHandler, type ReadFile } from './protocol'
import { guardSession, guardWebContents, type Log } from './security'
import { mainWindowOptions } from './window'

type WindowContents = Pick<WebContents, 'id' | 'once' | 'on' | 'setWindowOpenHandler'>

export type MainWindow = Pick<
  BrowserWindow,
  'loadURL' | 'once' | 'on' | 'show' | 'focus' | 'isMinimized' | 'restore' | 'maximize' | 'isMaximized' | 'getNormalBounds'
> & {
  webContents: WindowContents & Pick<WebContents, 'printToPDF' | 'send'>
}

export interface AppDeps {
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on' | 'whenReady'>
  ipcMain: Pick<IpcMain, 'handle'>
  protocol: Pick<Protocol, 'handle'>
  session: Parameters<typeof guardSession>[0]
  createWindow: (options: BrowserWindowConstructorOptions) => MainWindow
  rendererDir: string
  preloadPath: string
  readFile: ReadFile
  datasets: DatasetState
  appInfo: AppInfo
  /** Settings, exports and links: built in index.ts from real Electron and fs objects. */
  services: Omit<HandlerDeps, 'appInfo' | 'getDataset' | 'importDataPack' | 'revertToBundledData' | 'saveHandoutPdf'>
  /** Builds "Save as PDF…" for the window once it exists. */
  createPdfSaver: (window: MainWindow) => HandlerDeps['saveHandoutPdf']
  /** Builds the application menu for the window, in the saved (or the system's) language and theme. */
  createMenu: (window: MainWindow, initial: { language: Language; theme: Theme }) => { settingsChanged(settings: Settings, fallback: Language): void }
  /** Read after `ready`: Electron knows the system locale only then. */
  systemLanguage: () => Language
  windowState: WindowStateFile
  screens: () => Area[]
  devTools: boolean
  platform: string
  log: Log
}

/** Starts the app: one instance, one hardened window, the typed IPC handlers. */
export function startApp(deps: AppDeps): { ready: Promise<MainWindow | null> } {
  const { app, log } = deps
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return { ready: Promise.resolve(null) }
  }

  const trustedSenders = createTrustedSenders()
  let mainWindow: MainWindow | null = null

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, log))
  app.on('window-all-closed', () => {
    if (deps.platform !== 'darwin') app.quit()
  })

  const ready = app.whenReady().then(async () => {
    deps.protocol.handle(APP_SCHEME, createAppProtocolHandler(deps.rendererDir, deps.readFile))
    guardSession(deps.session, log)
    await deps.datasets.restore()
    const bounds = restoreBounds(await deps.windowState.read().catch(() => null), deps.screens())
    const window = deps.createWindow(mainWindowOptions(deps.preloadPath, deps.devTools, bounds))
    mainWindow = window
    if (bounds?.maximized) window.maximize()
    window.on('close', () => void deps.windowState.write({ ...window.getNormalBounds(), maximized: window.isMaximized() }).catch(() => undefined))
    const { settings } = await deps.services.loadSettings()
    const menu = deps.createMenu(window, { language: settings?.language ?? deps.systemLanguage(), theme: settings?.theme ?? 'system' })
    registerHandlers(
      deps.ipcMain,
      createHandlers({
        ...deps.services,
        saveSettings: async (next) => {
          await deps.services.saveSettings(next)
          menu.settingsChanged(next, deps.systemLanguage())
        },
        appInfo: deps.appInfo,
        getDataset: deps.datasets.current,
        importDataPack: deps.datasets.importPack,
        revertToBundledData: deps.datasets.revertToBundled,
        saveHandoutPdf: deps.createPdfSaver(window)
      }),
      trustedSenders.isTrusted,
      log
    )
    trustedSenders.trust(window.webContents)
    window.once('ready-to-show', () => window.show())
    await window.loadURL(APP_ENTRY_URL)
    return window
  })
  return { ready }
}
