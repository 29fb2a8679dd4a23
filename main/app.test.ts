import { describe, expect, it, vi } from 'vitest'
import { API_METHODS } from '../common/ipc-contract'
import { fixtureDataset } from '../test/fixtures/dataset'
import { startApp, type AppDeps } from './app'
import { createDatasetState } from './services/dataset-state'
import { APP_ENTRY_URL } from './app-origin'

function fakes(hasLock = true) {
  const appListeners = new Map<string, (...args: unknown[]) => void>()
  const window = {
    loadURL: vi.fn(async () => undefined),
    once: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
    isMinimized: vi.fn(() => true),
    on: vi.fn(),
    maximize: vi.fn(),
    isMaximized: vi.fn(() => false),
    getNormalBounds: vi.fn(() => ({ x: 1, y: 2, width: 900, height: 700 })),
    restore: vi.fn(),
    webContents: { id: 1, once: vi.fn(), on: vi.fn(), setWindowOpenHandler: vi.fn(), printToPDF: vi.fn(), send: vi.fn() }
  }
  const deps = {
    app: {
      requestSingleInstanceLock: vi.fn(() => hasLock),
      quit: vi.fn(),
      on: vi.fn((name: string, listener: (...args: unknown[]) => void) => appListeners.set(name, listener)),
      whenReady: vi.fn(async () => undefined)
    },
    ipcMain: { handle: vi.fn() },
    protocol: { handle: vi.fn() },
    session: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() }
    },
    createWindow: vi.fn(() => window),
    rendererDir: '/app/renderer',
    preloadPath: '/app/preload/preload.js',
    readFile: vi.fn(),
    datasets: createDatasetState(fixtureDataset, [], '/packs', { readFile: async () => { throw new Error('none') }, writeFile: vi.fn(), rename: vi.fn(), mkdir: vi.fn() }, vi.fn()),
    createPdfSaver: vi.fn(() => vi.fn()),
    createMenu: vi.fn(() => ({ settingsChanged: vi.fn() })),
    systemLanguage: () => 'ru',
    windowState: { read: vi.fn(async () => ({ x: 10, y: 20, width: 1000, height: 700, maximized: true })), write: vi.fn(async () => undefined) },
    screens: () => [{ x: 0, y: 0, width: 1920, height: 1080 }],
    services: { loadSettings: vi.fn(async () => ({ settings: null, notice: null })), saveSettings: vi.fn(), saveTextFile: vi.fn(), openLink: vi.fn() },
    appInfo: { appVersion: '0.1.0', electronVersion: '45.4.1', platform: 'linux' },
    devTools: false,
    platform: 'linux',
    log: vi.fn()
  }
  return { deps, window, appListeners }
}

describe('startApp', () => {
  it('quits at once when another instance already runs', async () => {
    const { deps } = fakes(false)
    const { ready } = startApp(deps as unknown as AppDeps)
    expect(await ready).toBeNull()
    expect(deps.app.quit).toHaveBeenCalled()
    expect(deps.createWindow).not.toHaveBeenCalled()
  })

  it('serves app://, guards the session, registers every handler, then opens one secure window on the app page', async () => {
    const { deps, window } = fakes()
    await startApp(deps as unknown as AppDeps).ready
    expect(deps.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(deps.session.setPermissionRequestHandler).toHaveBeenCalled()
    expect(deps.session.webRequest.onBeforeRequest).toHaveBeenCalled()
    expect(deps.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(Object.values(API_METHODS).sort())
    expect(deps.createWindow).toHaveBeenCalledTimes(1)
    const [options] = deps.createWindow.mock.calls[0] as unknown as [{ webPreferences: Record<string, unknown> }]
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false })
    expect(window.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL)
    expect(deps.createMenu).toHaveBeenCalledWith(window, { language: 'ru', theme: 'system' })
  })

  it('reopens the window where the user left it, and remembers it on close', async () => {
    const { deps, window } = fakes()
    await startApp(deps as unknown as AppDeps).ready
    const [options] = deps.createWindow.mock.calls[0] as unknown as [{ x: number; width: number }]
    expect(options).toMatchObject({ x: 10, width: 1000 })
    expect(window.maximize).toHaveBeenCalled()
    const onClose = window.on.mock.calls.find(([name]) => name === 'close')![1] as () => void
    onClose()
    expect(deps.windowState.write).toHaveBeenCalledWith({ x: 1, y: 2, width: 900, height: 700, maximized: false })
  })

  it('guards every web contents created later, and brings the window back when a second instance starts', async () => {
    const { deps, window, appListeners } = fakes()
    await startApp(deps as unknown as AppDeps).ready
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() }
    appListeners.get('web-contents-created')!({}, contents)
    expect(contents.setWindowOpenHandler).toHaveBeenCalled()
    appListeners.get('second-instance')!()
    expect(window.restore).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
  })
})
