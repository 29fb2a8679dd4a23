// The Electron path cannot run here, so these tests keep it from drifting: every contract channel has
// one main handler, one preload method, and the web edition implements the same interface.
import { describe, expect, it, vi } from 'vitest'
import { API_METHODS, DESKTOP_API_GLOBAL } from '../common/ipc-contract'
import { createWebPlatform } from '../renderer/bridge/web-platform'
import { createDesktopApi } from './desktop-api'
import { ARGUMENT_SCHEMAS } from './ipc/argument-schemas'
import { createHandlers } from './ipc/handlers'

const exposed = vi.hoisted(() => ({ name: '', api: {} as Record<string, unknown>, invoked: [] as unknown[][] }))
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, api: Record<string, unknown>) => Object.assign(exposed, { name, api })
  },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => void exposed.invoked.push(args),
    on: (...args: unknown[]) => void exposed.invoked.push(['on', args[0]]),
    removeListener: () => undefined
  }
}))

const methods = Object.keys(API_METHODS).sort()
const channels = Object.values(API_METHODS).sort()

describe('the IPC contract', () => {
  it('maps every method to a distinct channel', () => {
    expect(new Set(channels).size).toBe(channels.length)
  })

  it('has exactly one argument schema and one main-process handler per channel', () => {
    expect(Object.keys(ARGUMENT_SCHEMAS).sort()).toEqual(channels)
    const handlers = createHandlers({
      appInfo: { appVersion: '1', electronVersion: null, platform: 'x', trustedPackKeys: 0 },
      getDataset: vi.fn(),
      loadSettings: vi.fn(),
      saveSettings: vi.fn(),
      saveTextFile: vi.fn(),
      openLink: vi.fn(),
      importDataPack: vi.fn(),
      revertToBundledData: vi.fn(),
      setFullScreen: vi.fn(),
      saveHandoutPdf: vi.fn()
    })
    expect(Object.keys(handlers).sort()).toEqual(channels)
  })

  it('the preload exposes exactly the contract methods, each invoking its own channel', async () => {
    await import('./preload')
    expect(exposed.name).toBe(DESKTOP_API_GLOBAL)
    expect(Object.keys(exposed.api).sort()).toEqual([...methods, 'onMenuCommand'].sort())
    ;(exposed.api.onMenuCommand as (l: () => void) => () => void)(() => undefined)
    expect(exposed.invoked.at(-1)).toEqual(['on', 'menu:command'])
    for (const [method, channel] of Object.entries(API_METHODS)) {
      await (exposed.api[method] as (...args: unknown[]) => Promise<unknown>)('an argument')
      expect(exposed.invoked.at(-1)).toEqual([channel, 'an argument'])
    }
  })

  it('the desktop API object is frozen and has no generic invoke', () => {
    const api = createDesktopApi(async () => undefined, () => () => undefined)
    expect(Object.isFrozen(api)).toBe(true)
    expect(api).not.toHaveProperty('invoke')
    expect(api).not.toHaveProperty('send')
  })

  it('the web edition implements the same interface', () => {
    const web = createWebPlatform({
      document: { getElementById: () => null, createElement: vi.fn(), body: {} as HTMLElement } as never,
      storage: { getItem: () => null, setItem: vi.fn() },
      userAgent: 'test',
      open: vi.fn(),
      createObjectUrl: vi.fn(),
      revokeObjectUrl: vi.fn(),
      print: vi.fn()
    })
    expect(Object.keys(web).sort()).toEqual([...methods, 'onMenuCommand'].sort())
  })
})
