// Hardening for every web contents and the session (Electron security checklist #5, #11–#14, #17).
import type { Event, Session, WebContents } from 'electron'
import { isAppUrl } from './app-origin'

export type Log = (message: string) => void

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/** Navigation stays inside the app; new windows and <webview> are never allowed (#11–#14). */
export function guardWebContents(contents: GuardedContents, log: Log): void {
  const refuseUnlessApp = (event: Event, url: string) => {
    if (isAppUrl(url)) return
    event.preventDefault()
    log(`blocked navigation to ${url}`)
  }
  contents.on('will-navigate', refuseUnlessApp)
  contents.on('will-redirect', refuseUnlessApp)
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    log('blocked a <webview>')
  })
  contents.setWindowOpenHandler(({ url }) => {
    log(`blocked window.open(${url})`)
    return { action: 'deny' }
  })
}

type GuardedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>
}

/** Schemes the app may load; everything else (http, https, ws, file…) is cancelled and logged. */
const ALLOWED_REQUEST_SCHEMES = new Set(['app:', 'devtools:'])

export function isAllowedRequest(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'app:' ? isAppUrl(url) : ALLOWED_REQUEST_SCHEMES.has(protocol)
  } catch {
    return false
  }
}

/** Deny every permission (#5) and every outbound request, so the app behaves the same offline. */
export function guardSession(session: GuardedSession, log: Log): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`denied permission request: ${permission}`)
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url)
    if (!allowed) log(`blocked request to ${details.url}`)
    callback({ cancel: !allowed })
  })
}
