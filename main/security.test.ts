import { describe, expect, it, vi } from 'vitest'
import { guardSession, guardWebContents, isAllowedRequest } from './security'

type Listener = (event: { preventDefault: () => void }, url?: string) => void

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  return {
    on: vi.fn((name: string, listener: Listener) => void listeners.set(name, listener)),
    setWindowOpenHandler: vi.fn((handler: typeof openHandler) => void (openHandler = handler)),
    emit(name: string, url?: string) {
      const event = { preventDefault: vi.fn() }
      listeners.get(name)!(event, url)
      return event.preventDefault.mock.calls.length > 0
    },
    open: (url: string) => openHandler!({ url })
  }
}

describe('guardWebContents', () => {
  it('refuses navigation away from the app and allows pages of the app', () => {
    const contents = fakeContents()
    const log = vi.fn()
    guardWebContents(contents as never, log)
    expect(contents.emit('will-navigate', 'https://example.com/')).toBe(true)
    expect(contents.emit('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(contents.emit('will-navigate', 'app://bundle.evil/index.html')).toBe(true)
    expect(contents.emit('will-redirect', 'https://example.com/')).toBe(true)
    expect(contents.emit('will-navigate', 'app://bundle/index.html')).toBe(false)
    expect(log).toHaveBeenCalledWith('blocked navigation to https://example.com/')
  })

  it('refuses every new window and every <webview>', () => {
    const contents = fakeContents()
    guardWebContents(contents as never, vi.fn())
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' })
    expect(contents.open('app://bundle/index.html')).toEqual({ action: 'deny' })
    expect(contents.emit('will-attach-webview')).toBe(true)
  })
})

describe('guardSession', () => {
  function fakeSession() {
    const session = {
      requestHandler: undefined as undefined | ((c: unknown, p: string, cb: (granted: boolean) => void) => void),
      checkHandler: undefined as undefined | (() => boolean),
      requestFilter: undefined as undefined | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
      setPermissionRequestHandler: vi.fn((h) => void (session.requestHandler = h)),
      setPermissionCheckHandler: vi.fn((h) => void (session.checkHandler = h)),
      webRequest: { onBeforeRequest: vi.fn((h) => void (session.requestFilter = h)) }
    }
    return session
  }

  it('denies every permission request and check', () => {
    const session = fakeSession()
    guardSession(session, vi.fn())
    const callback = vi.fn()
    session.requestHandler!({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(session.checkHandler!()).toBe(false)
  })

  it('cancels and logs every request that is not to the app itself', () => {
    const session = fakeSession()
    const log = vi.fn()
    guardSession(session, log)
    const decide = (url: string) => {
      let cancel: boolean | undefined
      session.requestFilter!({ url }, (response) => (cancel = response.cancel))
      return cancel
    }
    expect(decide('https://www.google.com/')).toBe(true)
    expect(decide('http://127.0.0.1:8080/')).toBe(true)
    expect(decide('wss://example.com/')).toBe(true)
    expect(decide('app://bundle/assets/app.js')).toBe(false)
    expect(log).toHaveBeenCalledWith('blocked request to https://www.google.com/')
  })
})

describe('isAllowedRequest', () => {
  it('allows only the app origin and devtools', () => {
    expect(isAllowedRequest('app://bundle/index.html')).toBe(true)
    expect(isAllowedRequest('devtools://devtools/bundled/x')).toBe(true)
    expect(isAllowedRequest('app://other/index.html')).toBe(false)
    expect(isAllowedRequest('file:///etc/passwd')).toBe(false)
    expect(isAllowedRequest('data:text/html,hi')).toBe(false)
    expect(isAllowedRequest('not a url')).toBe(false)
  })
})
