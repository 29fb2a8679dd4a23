// The preload runs in the renderer process; here 'electron' is a fake that records what it exposes.
import { describe, expect, it, vi } from 'vitest'
import { API_METHODS, DESKTOP_API_GLOBAL } from '../common/ipc-contract'
import { createDesktopApi } from './desktop-api'

const exposed = vi.hoisted(() => {
  const api: Record<string, unknown> = {}
  const invoked: unknown[][] = []
  return { name: '', api, invoked }
})
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

describe('the preload', () => {
  it('exposes exactly the contract methods, each invoking its own channel', async () => {
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

  it('gives the page a frozen API object with no generic invoke', () => {
    const api = createDesktopApi(
      async () => undefined,
      () => () => undefined
    )
    expect(Object.isFrozen(api)).toBe(true)
    expect(api).not.toHaveProperty('invoke')
    expect(api).not.toHaveProperty('send')
  })
})
