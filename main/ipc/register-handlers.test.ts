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
    'app:get-info': vi.fn(() => ({ appVersion: '1.0.0', electronVersion: '45.4.1', platform: 'linux' })),
    'dataset:get': vi.fn(() => {
      throw new Error('not needed')
    })
  }
  const log = vi.fn()
  registerHandlers(ipc as never, handlers, isTrusted, log)
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
    await expect(call('app:get-info')).resolves.toEqual({ appVersion: '1.0.0', electronVersion: '45.4.1', platform: 'linux' })
  })

  it('rejects unexpected arguments with an error and never runs the handler', async () => {
    const { call, handlers, log } = register()
    await expect(call('app:get-info', { evil: true })).rejects.toThrow(/"app:get-info" refused: invalid arguments/)
    await expect(call('app:get-info', '../../etc/passwd', 1)).rejects.toThrow(/invalid arguments/)
    expect(handlers['app:get-info']).not.toHaveBeenCalled()
    expect(log).toHaveBeenCalledWith('refused IPC "app:get-info": invalid arguments')
  })

  it('rejects calls from an untrusted sender and never runs the handler', async () => {
    const { call, handlers } = register(() => false)
    await expect(call('app:get-info')).rejects.toThrow(/untrusted sender/)
    expect(handlers['app:get-info']).not.toHaveBeenCalled()
  })
})
