// The one Content-Security-Policy: sent as a header by the main process and injected as a <meta>
// into the page at build time, so the web edition is held to the same rules (checklist #7).
const directives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'none'"],
  'media-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"]
}

const serialise = (entries: Record<string, string[]>): string =>
  Object.entries(entries)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')

/** For a `<meta http-equiv>`: browsers ignore `frame-ancestors` there, so it is left out. */
export const CSP_META = serialise(directives)

/** For the HTTP-style header the main process attaches to every app:// response. */
export const CSP_HEADER = serialise({ ...directives, 'frame-ancestors': ["'none'"] })
