// The Electron path cannot run here, so these tests keep it from drifting: every contract channel has
// one argument schema in main (the handlers are typed by the contract, see ipc/register-handlers.ts;
// the preload's side is preload/preload.test.ts), and the web edition implements the same interface.
import { describe, expect, it, vi } from 'vitest'
import { API_METHODS } from '../common/ipc-contract'
import { createWebPlatform } from '../renderer/bridge/web-platform'
import { ARGUMENT_SCHEMAS } from './ipc/argument-schemas'

const methods = Object.keys(API_METHODS).sort()
const channels = Object.values(API_METHODS).sort()

describe('the IPC contract', () => {
  it('maps every method to a distinct channel', () => {
    expect(new Set(channels).size).toBe(channels.length)
  })

  it('has exactly one argument schema per channel', () => {
    expect(Object.keys(ARGUMENT_SCHEMAS).sort()).toEqual(channels)
  })

  it('the web edition implements the same interface', () => {
    const web = createWebPlatform({
      document: { getElementById: () => null, createElement: vi.fn(), body: {} as HTMLElement } as never,
      storage: { getItem: () => null, setItem: vi.fn() },
      globals: {},
      userAgent: 'test',
      open: vi.fn(),
      createObjectUrl: vi.fn(),
      revokeObjectUrl: vi.fn(),
      print: vi.fn()
    })
    expect(Object.keys(web).sort()).toEqual([...methods, 'onMenuCommand'].sort())
  })
})
