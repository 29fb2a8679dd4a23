// Where the built app lives, for both targets.
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const WEB_EDITION_INDEX = join(ROOT, 'out', 'renderer', 'index.html')
export const WEB_EDITION_URL = pathToFileURL(WEB_EDITION_INDEX).href
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
