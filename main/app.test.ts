import { describe, expect, it, vi } from 'vitest'
import { API_METHODS, type SettingsLoad } from '../common/ipc-contract'
import { fixtureDataset } from '../test/fixtures/dataset'
import { startApp, type AppDeps } from './app'
import { createDatasetState } from './services/dataset-state'
import { APP_ENTRY_URL } from './app-origin'
import { DEFAULT_SETTINGS } from '../common/settings-defaults'

function fakeWindow(id = 1) {
  const listeners = new Map<string, (...args: unknown[]) => void>()
  const contentsListeners = new Map<string, (...args: unknown[]) => void>()
  let destroyed = false
  return {
    listeners,
    contentsListeners,
    destroy() {
      destroyed = true
      listeners.get('closed')?.()
    },
    loadURL: vi.fn(async () => undefined),
    once: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
    isMinimized: vi.fn(() => true),
    isDestroyed: () => destroyed,
    setFullScreen: vi.fn(),
    on: vi.fn((name: string, listener: (...args: unknown[]) => void) => listeners.set(name, listener)),
    maximize: vi.fn(),
    isMaximized: vi.fn(() => false),
    getNormalBounds: vi.fn(() => ({ x: 1, y: 2, width: 900, height: 700 })),
    restore: vi.fn(),
    webContents: {
      id,
      once: vi.fn(),
      on: vi.fn((name: string, listener: (...args: unknown[]) => void) => contentsListeners.set(name, listener)),
      setWindowOpenHandler: vi.fn(),
      printToPDF: vi.fn(),
      send: vi.fn()
    }
  }
}

function fakes(hasLock = true, platform = 'linux') {
  const appListeners = new Map<string, (...args: unknown[]) => void>()
  const windows: ReturnType<typeof fakeWindow>[] = []
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>()
  const deps = {
    app: {
      requestSingleInstanceLock: vi.fn(() => hasLock),
      quit: vi.fn(),
      on: vi.fn((name: string, listener: (...args: unknown[]) => void) => appListeners.set(name, listener)),
      whenReady: vi.fn(async () => undefined)
    },
    ipcMain: {
      handle: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
        handlers.set(channel, listener)
      )
    },
    protocol: { handle: vi.fn() },
    session: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() }
    },
    createWindow: vi.fn(() => {
      const window = fakeWindow(windows.length + 1)
      windows.push(window)
      return window
    }),
    rendererDir: '/app/renderer',
    preloadPath: '/app/preload/preload.js',
    readFile: vi.fn(),
    datasets: createDatasetState(
      fixtureDataset,
      [],
      '/packs',
      {
        readFile: async () => {
          throw new Error('none')
        },
        writeFile: vi.fn(),
        rename: vi.fn(),
        mkdir: vi.fn()
      },
      vi.fn()
    ),
    createPdfSaver: vi.fn((window: { webContents: { id: number } }) => vi.fn(async () => ({ saved: window.webContents.id > 0 }))),
    createMenu: vi.fn((_currentWindow: () => unknown) => ({ settingsChanged: vi.fn() })),
    showError: vi.fn(),
    systemLanguage: () => 'ru',
    systemPrefersDark: () => true,
    windowState: {
      read: vi.fn(async () => ({ x: 10, y: 20, width: 1000, height: 700, maximized: true })),
      write: vi.fn(async () => undefined)
    },
    screens: () => [{ x: 0, y: 0, width: 1920, height: 1080 }],
    services: {
      loadSettings: vi.fn(async (): Promise<SettingsLoad> => ({ settings: null, notice: null })),
      saveSettings: vi.fn(),
      saveTextFile: vi.fn(),
      openLink: vi.fn()
    },
    appInfo: { appVersion: '0.1.0', electronVersion: '45.4.1', platform: 'linux', trustedPackKeys: 1 },
    devTools: false,
    platform,
    log: vi.fn()
  }
  return {
    deps,
    windows,
    appListeners,
    handlers,
    get window() {
      return windows[0]!
    }
  }
}

/** An IPC call as Electron delivers it: from a webContents and its top frame on app://bundle. */
const callFrom = (senderId: number) => ({ sender: { id: senderId }, senderFrame: { parent: null, url: APP_ENTRY_URL } })

describe('startApp', () => {
  it('quits at once when another instance already runs', async () => {
    const { deps } = fakes(false)
    const { ready } = startApp(deps as unknown as AppDeps)
    expect(await ready).toBeNull()
    expect(deps.app.quit).toHaveBeenCalled()
    expect(deps.createWindow).not.toHaveBeenCalled()
  })

  it('serves app://, guards the session, registers every handler, then opens one secure window on the app page', async () => {
    const f = fakes()
    const { deps } = f
    await startApp(deps as unknown as AppDeps).ready
    const window = f.window
    expect(deps.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(deps.session.setPermissionRequestHandler).toHaveBeenCalled()
    expect(deps.session.webRequest.onBeforeRequest).toHaveBeenCalled()
    expect(deps.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(Object.values(API_METHODS).sort())
    expect(deps.createWindow).toHaveBeenCalledTimes(1)
    const [options] = deps.createWindow.mock.calls[0] as unknown as [{ webPreferences: Record<string, unknown> }]
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false })
    expect(window.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL)
    expect(deps.createMenu).toHaveBeenCalledWith(expect.any(Function), { language: 'ru', theme: 'system' })
    expect(deps.createMenu.mock.calls[0]![0]()).toBe(window)
  })

  it('reopens the window where the user left it, and remembers it on close', async () => {
    const f = fakes()
    const { deps } = f
    await startApp(deps as unknown as AppDeps).ready
    const window = f.window
    const [options] = deps.createWindow.mock.calls[0] as unknown as [{ x: number; width: number }]
    expect(options).toMatchObject({ x: 10, width: 1000 })
    expect(window.maximize).toHaveBeenCalled()
    const onClose = window.on.mock.calls.find(([name]) => name === 'close')![1]
    onClose()
    expect(deps.windowState.write).toHaveBeenCalledWith({ x: 1, y: 2, width: 900, height: 700, maximized: false })
  })

  it('guards every web contents created later, and brings the window back when a second instance starts', async () => {
    const f = fakes()
    const { deps, appListeners } = f
    await startApp(deps as unknown as AppDeps).ready
    const window = f.window
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() }
    appListeners.get('web-contents-created')!({}, contents)
    expect(contents.setWindowOpenHandler).toHaveBeenCalled()
    appListeners.get('second-instance')!()
    expect(window.restore).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
  })

  it('answers IPC from its own window and refuses the same call from any other web contents', async () => {
    const { deps, handlers } = fakes()
    await startApp(deps as unknown as AppDeps).ready
    const getInfo = handlers.get('app:get-info')!
    await expect(getInfo(callFrom(1))).resolves.toEqual(deps.appInfo)
    await expect(getInfo(callFrom(2))).rejects.toThrow(/untrusted sender/)
  })

  it("shows an error box in the user's language and quits when start-up fails, instead of hanging with no window", async () => {
    const { deps } = fakes()
    deps.datasets.restore = vi.fn(async () => {
      throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' })
    })
    expect(await startApp(deps as unknown as AppDeps).ready).toBeNull()
    expect(deps.showError).toHaveBeenCalledWith(
      'Не удалось запустить «Мессенджеры и приватность»',
      expect.stringContaining('EPERM: operation not permitted')
    )
    expect(deps.app.quit).toHaveBeenCalled()
    expect(deps.createWindow).not.toHaveBeenCalled()
  })

  it('loads the settings before it creates the window, and hands their language and theme to the first paint', async () => {
    const { deps } = fakes()
    deps.services.loadSettings = vi.fn(async () => ({
      settings: { ...DEFAULT_SETTINGS, language: 'en' as const, theme: 'light' as const },
      notice: null
    }))
    await startApp(deps as unknown as AppDeps).ready
    expect(deps.services.loadSettings.mock.invocationCallOrder[0]).toBeLessThan(deps.createWindow.mock.invocationCallOrder[0]!)
    const [options] = deps.createWindow.mock.calls[0] as unknown as [
      { backgroundColor: string; webPreferences: { additionalArguments: string[] } }
    ]
    expect(options.webPreferences.additionalArguments).toEqual(['--mp-boot=en:light'])
    expect(options.backgroundColor).toBe('#f6f6f3')
  })

  it('paints a first window with no saved settings in the system language, with a dark background for a dark system', async () => {
    const { deps } = fakes()
    await startApp(deps as unknown as AppDeps).ready
    const [options] = deps.createWindow.mock.calls[0] as unknown as [
      { backgroundColor: string; webPreferences: { additionalArguments: string[] } }
    ]
    expect(options.webPreferences.additionalArguments).toEqual(['--mp-boot=ru:system'])
    expect(options.backgroundColor).toBe('#15161a')
  })

  it('says so in an error box, in the saved language, when the page fails to load', async () => {
    const f = fakes()
    f.deps.services.loadSettings = vi.fn(async () => ({ settings: { ...DEFAULT_SETTINGS, language: 'en' as const }, notice: null }))
    await startApp(f.deps as unknown as AppDeps).ready
    const didFailLoad = f.window.contentsListeners.get('did-fail-load')!
    didFailLoad({}, -6, 'ERR_FILE_NOT_FOUND', 'app://bundle/index.html', false)
    expect(f.deps.showError).not.toHaveBeenCalled()
    didFailLoad({}, -6, 'ERR_FILE_NOT_FOUND', 'app://bundle/index.html', true)
    expect(f.deps.showError).toHaveBeenCalledWith('The app’s page could not be shown', expect.stringContaining('ERR_FILE_NOT_FOUND'))
  })

  it('on macOS, reopens a window from the Dock after the last one was closed, and the menu and PDF saver reach the new one', async () => {
    const f = fakes(true, 'darwin')
    await startApp(f.deps as unknown as AppDeps).ready
    const currentWindow = f.deps.createMenu.mock.calls[0]![0]
    f.appListeners.get('activate')!()
    expect(f.deps.createWindow).toHaveBeenCalledTimes(1)
    f.window.destroy()
    f.appListeners.get('window-all-closed')!()
    expect(f.deps.app.quit).not.toHaveBeenCalled()
    expect(currentWindow()).toBeNull()
    await expect(f.handlers.get('handout:save-pdf')!(callFrom(1), 'a.pdf')).resolves.toEqual({ saved: false })
    f.appListeners.get('activate')!()
    await vi.waitFor(() => expect(f.deps.createWindow).toHaveBeenCalledTimes(2))
    expect(currentWindow()).toBe(f.windows[1])
    await expect(f.handlers.get('handout:save-pdf')!(callFrom(2), 'a.pdf')).resolves.toEqual({ saved: true })
    expect(f.deps.createPdfSaver).toHaveBeenLastCalledWith(f.windows[1])
    // The new window's web contents is trusted for IPC.
    await expect(f.handlers.get('app:get-info')!(callFrom(2))).resolves.toEqual(f.deps.appInfo)
  })

  it('puts the window itself into full screen for presentation mode, on a validated request', async () => {
    const f = fakes()
    await startApp(f.deps as unknown as AppDeps).ready
    await expect(f.handlers.get('window:set-full-screen')!(callFrom(1), true)).resolves.toEqual({ fullScreen: true })
    expect(f.window.setFullScreen).toHaveBeenCalledWith(true)
    await expect(f.handlers.get('window:set-full-screen')!(callFrom(1), 'yes')).rejects.toThrow(/invalid arguments/)
  })

  it('opens a window for a second instance when none is open', async () => {
    const f = fakes(true, 'darwin')
    await startApp(f.deps as unknown as AppDeps).ready
    f.window.destroy()
    f.appListeners.get('second-instance')!()
    await vi.waitFor(() => expect(f.deps.createWindow).toHaveBeenCalledTimes(2))
  })
})
