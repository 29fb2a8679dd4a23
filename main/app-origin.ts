// The app's own origin: every page and file is served from app://bundle (security checklist #18).
export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** Parsed with URL, never string prefixes, so `app://bundle.evil/` or `app://bundle@x/` do not pass. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password
  } catch {
    return false
  }
}
