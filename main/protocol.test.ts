import { join, sep } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { CSP_HEADER } from '../common/content-security-policy'
import { createAppProtocolHandler, resolveAppFile } from './protocol'

const root = join('/opt', 'app', 'renderer')

describe('resolveAppFile', () => {
  it('maps app://bundle paths to files under the renderer folder', () => {
    expect(resolveAppFile(root, 'app://bundle/index.html')).toBe(join(root, 'index.html'))
    expect(resolveAppFile(root, 'app://bundle/')).toBe(join(root, 'index.html'))
    expect(resolveAppFile(root, 'app://bundle/assets/app.js?x=1')).toBe(join(root, 'assets', 'app.js'))
  })

  it('never resolves a traversal attempt outside the folder', () => {
    for (const url of [
      'app://bundle/%2e%2e/%2e%2e/etc/passwd',
      'app://bundle/..%2f..%2fetc/passwd',
      'app://bundle/..%5c..%5cetc/passwd',
      'app://bundle/assets/../../../etc/passwd'
    ]) {
      const resolved = resolveAppFile(root, url)
      expect(resolved === null || resolved.startsWith(root + sep), url).toBe(true)
    }
  })

  it('refuses broken paths, other hosts and other schemes', () => {
    expect(resolveAppFile(root, 'app://bundle/assets/%00.js')).toBeNull()
    expect(resolveAppFile(root, 'app://bundle/%E0%A4%A')).toBeNull()
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull()
    expect(resolveAppFile(root, 'file:///opt/app/renderer/index.html')).toBeNull()
  })
})

describe('the app:// protocol handler', () => {
  it('serves files with the Content-Security-Policy and a content type', async () => {
    const readFile = vi.fn(async () => new TextEncoder().encode('<!doctype html>'))
    const response = await createAppProtocolHandler(root, readFile)({ url: 'app://bundle/index.html' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(CSP_HEADER)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toBe('<!doctype html>')
    expect(readFile).toHaveBeenCalledWith(join(root, 'index.html'))
  })

  it('answers 404 without touching the disk for a request that is not the app, and 404 for a missing file', async () => {
    const readFile = vi.fn(async () => {
      throw new Error('ENOENT')
    })
    const handler = createAppProtocolHandler(root, readFile)
    expect((await handler({ url: 'app://elsewhere/index.html' })).status).toBe(404)
    expect((await handler({ url: 'app://bundle/a%00b' })).status).toBe(404)
    expect(readFile).not.toHaveBeenCalled()
    const missing = await handler({ url: 'app://bundle/nope.js' })
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-security-policy')).toBe(CSP_HEADER)
  })
})
