import { describe, expect, it, vi } from 'vitest'
import { API_METHODS } from '../../common/ipc-contract'
import type { SenderEvent } from './trusted-sender'
import { registerHandlers, type Handlers } from './register-handlers'

type Listener = (event: SenderEvent, ...args: unknown[]) => Promise<unknown>

function register(isTrusted = () => true) {
  const listeners = new Map<string, Listener>()
  const ipc = {
    handle: vi.fn((channel: string, listener: Listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`)
      listeners.set(channel, listener)
    })
  }
  const handlers: Handlers = {
    'app:get-info': vi.fn(() => ({ appVersion: '1.0.0', electronVersion: '45.4.1', platform: 'linux', trustedPackKeys: 0 })),
    'dataset:get': vi.fn(() => {
      throw new Error('not needed')
    }),
    'settings:load': vi.fn(async () => ({ settings: null, notice: null })),
    'settings:save': vi.fn(async () => undefined),
    'file:save-text': vi.fn(async () => ({ saved: true })),
    'link:open': vi.fn(async () => ({ opened: true })),
    'pack:import': vi.fn(async () => ({ ok: false as const, reason: 'not-json' as const, detail: '' })),
    'pack:revert': vi.fn(() => {
      throw new Error('not needed')
    }),
    'handout:save-pdf': vi.fn(async () => ({ saved: true })),
    'window:set-full-screen': vi.fn(async (on: boolean) => ({ fullScreen: on }))
  }
  const log = vi.fn()
  registerHandlers(ipc, handlers, isTrusted, log)
  const event = { sender: { id: 1 }, senderFrame: null } as unknown as SenderEvent
  return { listeners, handlers, log, call: (channel: string, ...args: unknown[]) => listeners.get(channel)!(event, ...args) }
}

describe('registerHandlers', () => {
  it('registers exactly one handler for every channel of the contract', () => {
    const { listeners } = register()
    expect([...listeners.keys()].sort()).toEqual(Object.values(API_METHODS).sort())
  })

  it('answers a trusted call with valid arguments', async () => {
    const { call } = register()
    await expect(call('app:get-info')).resolves.toEqual({
      appVersion: '1.0.0',
      electronVersion: '45.4.1',
      platform: 'linux',
      trustedPackKeys: 0
    })
  })

  it('rejects unexpected arguments with an error and never runs the handler', async () => {
    const { call, handlers, log } = register()
    await expect(call('app:get-info', { evil: true })).rejects.toThrow(/"app:get-info" refused: invalid arguments/)
    await expect(call('app:get-info', '../../etc/passwd', 1)).rejects.toThrow(/invalid arguments/)
    expect(handlers['app:get-info']).not.toHaveBeenCalled()
    expect(log).toHaveBeenCalledWith('refused IPC "app:get-info": invalid arguments')
  })

  it('validates the settings a renderer asks to save, and refuses anything else', async () => {
    const { call, handlers } = register()
    const settings = {
      theme: 'dark',
      hiddenMessengers: ['max'],
      addedMessengers: [],
      areaFilter: null,
      selectedConcerns: [],
      checklistTicks: {}
    }
    await call('settings:save', settings)
    expect(handlers['settings:save']).toHaveBeenCalledWith(settings)
    await expect(call('settings:save', { ...settings, theme: 'neon' })).rejects.toThrow(/invalid arguments/)
    await expect(call('settings:save', { ...settings, extra: 1 })).rejects.toThrow(/invalid arguments/)
    await expect(call('settings:save')).rejects.toThrow(/invalid arguments/)
    expect(handlers['settings:save']).toHaveBeenCalledTimes(1)
  })

  it('refuses a save request that names a path instead of a file name', async () => {
    const { call, handlers } = register()
    await expect(call('file:save-text', { suggestedName: '../../.bashrc', content: 'x', format: 'text' })).rejects.toThrow(
      /invalid arguments/
    )
    await expect(call('file:save-text', { suggestedName: 'a.md', content: 'x', format: 'exe' })).rejects.toThrow(/invalid arguments/)
    await call('file:save-text', { suggestedName: 'checklist-max-ru.md', content: '# x', format: 'markdown' })
    expect(handlers['file:save-text']).toHaveBeenCalledTimes(1)
  })

  it('refuses a link argument that is not a string', async () => {
    const { call, handlers } = register()
    await expect(call('link:open', { href: 'https://x' })).rejects.toThrow(/invalid arguments/)
    expect(handlers['link:open']).not.toHaveBeenCalled()
  })

  it('rejects calls from an untrusted sender and never runs the handler', async () => {
    const { call, handlers } = register(() => false)
    await expect(call('app:get-info')).rejects.toThrow(/untrusted sender/)
    expect(handlers['app:get-info']).not.toHaveBeenCalled()
  })
})
