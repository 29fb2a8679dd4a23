// The app's lifecycle, wired from injected Electron objects so it can be tested without the binary.
import type { App, BrowserWindow, BrowserWindowConstructorOptions, IpcMain, Protocol, WebContents } from 'electron'
import type { AppInfo, DesktopApi } from '../common/ipc-contract'
import type { Settings } from '../common/settings'
import type { Theme } from '../common/vocabulary'
import type { Language } from '../common/dataset/schema'
import type { DatasetState } from './services/dataset-state'
import { restoreBounds, type Area, type WindowStateFile } from './services/window-state'
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin'
import { registerHandlers, type Handlers } from './ipc/register-handlers'
import { createTrustedSenders } from './ipc/trusted-sender'
import { createAppProtocolHandler, type ReadFile } from './protocol'
import { guardSession, guardWebContents, type Log } from './security'
import { startupMessage } from './startup-messages'
import { mainWindowOptions } from './window'

type WindowContents = Pick<WebContents, 'id' | 'once' | 'on' | 'setWindowOpenHandler'>

export type MainWindow = Pick<
  BrowserWindow,
  | 'loadURL'
  | 'once'
  | 'on'
  | 'show'
  | 'focus'
  | 'isMinimized'
  | 'restore'
  | 'maximize'
  | 'isMaximized'
  | 'getNormalBounds'
  | 'isDestroyed'
  | 'setFullScreen'
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
  /** Settings, exports and links, named as in the contract: built in index.ts from real Electron and fs objects. */
  services: Pick<DesktopApi, 'loadSettings' | 'saveSettings' | 'saveTextFile' | 'openLink'>
  /** Builds "Save as PDF…" for a window; called per request, with the window open at that moment. */
  createPdfSaver: (window: MainWindow) => DesktopApi['saveHandoutPdf']
  /** Builds the application menu once, in the saved (or the system's) language and theme; it reaches
   *  whichever window is open through `currentWindow`. */
  createMenu: (
    currentWindow: () => MainWindow | null,
    initial: { language: Language; theme: Theme }
  ) => { settingsChanged(settings: Settings, fallback: Language): void }
  /** A native error box: the only thing a packaged app can show when start-up fails. */
  showError: (title: string, text: string) => void
  /** Read after `ready`: Electron knows the system locale only then. */
  systemLanguage: () => Language
  /** Whether the system theme is dark (nativeTheme), for the window's first background colour. */
  systemPrefersDark: () => boolean
  windowState: WindowStateFile
  screens: () => Area[]
  devTools: boolean
  platform: string
  log: Log
}

/** Starts the app: one instance, one hardened window, the typed IPC handlers. Start-up always ends in
 *  a visible window or a clear error box in the user's language, never in a hidden window. */
export function startApp(deps: AppDeps): { ready: Promise<MainWindow | null> } {
  const { app, log } = deps
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return { ready: Promise.resolve(null) }
  }

  const trustedSenders = createTrustedSenders()
  let mainWindow: MainWindow | null = null
  let isReady = false
  let language: Language = 'en'
  let theme: Theme = 'system'
  const currentWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null)

  /** One window, wired: remembered bounds, trusted for IPC, shown when painted, an error box if its page fails. */
  async function openWindow(): Promise<MainWindow> {
    const bounds = restoreBounds(await deps.windowState.read().catch(() => null), deps.screens())
    const boot = { language, theme, systemPrefersDark: deps.systemPrefersDark() }
    const window = deps.createWindow(mainWindowOptions(deps.preloadPath, deps.devTools, bounds, boot))
    mainWindow = window
    if (bounds?.maximized) window.maximize()
    window.on(
      'close',
      () => void deps.windowState.write({ ...window.getNormalBounds(), maximized: window.isMaximized() }).catch(() => undefined)
    )
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null
    })
    trustedSenders.trust(window.webContents)
    window.webContents.on('did-fail-load', (_event, code, description, _url, isMainFrame) => {
      if (!isMainFrame) return
      log(`page failed to load: ${code} ${description}`)
      const { title, text } = startupMessage(language, 'loadFailed', `${description} (${code})`)
      deps.showError(title, text)
    })
    window.once('ready-to-show', () => window.show())
    await window.loadURL(APP_ENTRY_URL)
    return window
  }

  const fail = (error: unknown): null => {
    const detail = error instanceof Error ? error.message : String(error)
    log(`start-up failed: ${detail}`)
    const { title, text } = startupMessage(language, 'fatal', detail)
    deps.showError(title, text)
    app.quit()
    return null
  }

  app.on('second-instance', () => {
    const window = currentWindow()
    if (!window) {
      if (isReady) void openWindow().catch(fail)
      return
    }
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  // macOS: clicking the Dock icon after the last window was closed opens a new one.
  app.on('activate', () => {
    if (isReady && !currentWindow()) void openWindow().catch(fail)
  })
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, log))
  app.on('window-all-closed', () => {
    if (deps.platform !== 'darwin') app.quit()
  })

  const ready = app
    .whenReady()
    .then(async () => {
      // The language of any error box: the system's until the saved settings are known.
      language = deps.systemLanguage()
      deps.protocol.handle(APP_SCHEME, createAppProtocolHandler(deps.rendererDir, deps.readFile))
      guardSession(deps.session, log)
      await deps.datasets.restore()
      // Settings before the window, so nothing waits on a window that is not shown yet.
      const { settings } = await deps.services.loadSettings()
      language = settings?.language ?? language
      theme = settings?.theme ?? 'system'
      const menu = deps.createMenu(currentWindow, { language, theme })
      // Each channel wired straight to its service; register-handlers checks sender and arguments first.
      const handlers: Handlers = {
        'app:get-info': () => deps.appInfo,
        'dataset:get': () => deps.datasets.current(),
        'settings:load': deps.services.loadSettings,
        'settings:save': async (next) => {
          await deps.services.saveSettings(next)
          language = next.language ?? deps.systemLanguage()
          theme = next.theme
          menu.settingsChanged(next, deps.systemLanguage())
        },
        'file:save-text': deps.services.saveTextFile,
        'link:open': deps.services.openLink,
        'pack:import': (text) => deps.datasets.importPack(text),
        'pack:revert': () => deps.datasets.revertToBundled(),
        'handout:save-pdf': async (name) => {
          const window = currentWindow()
          return window ? deps.createPdfSaver(window)(name) : { saved: false }
        },
        'window:set-full-screen': async (on) => {
          const window = currentWindow()
          if (!window) return { fullScreen: false }
          window.setFullScreen(on)
          return { fullScreen: on }
        }
      }
      registerHandlers(deps.ipcMain, handlers, (event) => trustedSenders.isTrusted(event), log)
      isReady = true
      return await openWindow()
    })
    .catch(fail)
  return { ready }
}
