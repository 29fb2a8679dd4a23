// Serves the built renderer over app://bundle with the CSP header (checklist #7, #18).
import { extname, isAbsolute, join, relative } from 'node:path'
import { CSP_HEADER } from '../common/content-security-policy'
import { isAppUrl } from './app-origin'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2'
}

/** Maps a request URL to a file under rootDir, or null when it is not ours or escapes rootDir. */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  // No normalising against a fake root first: the containment check below is the one defence, so
  // a decoded "../" (from %2f or %5c) that escapes the folder is refused here, and tested as such.
  const relativePath = pathname.replace(/^[/\\]+/, '') || 'index.html'
  const filePath = join(rootDir, relativePath)
  const fromRoot = relative(rootDir, filePath)
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return null
  return filePath
}

// Backed by an ArrayBuffer (not a shared one), as a Response body must be; fs.readFile gives one.
export type ReadFile = (path: string) => Promise<Uint8Array<ArrayBuffer>>

const securityHeaders = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin'
}

/** The handler for `protocol.handle('app', …)`; takes the file reader so tests need no disk. */
export function createAppProtocolHandler(rootDir: string, readFile: ReadFile) {
  return async (request: Pick<Request, 'url'>): Promise<Response> => {
    const filePath = resolveAppFile(rootDir, request.url)
    if (!filePath) return new Response('Not found', { status: 404, headers: securityHeaders })
    try {
      const body = await readFile(filePath)
      const contentType = CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
      return new Response(body, { status: 200, headers: { ...securityHeaders, 'Content-Type': contentType } })
    } catch {
      return new Response('Not found', { status: 404, headers: securityHeaders })
    }
  }
}
