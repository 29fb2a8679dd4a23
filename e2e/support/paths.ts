// Where the built app lives, for both targets.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const WEB_EDITION_DIR = join(ROOT, 'out', 'renderer')
export const WEB_EDITION_INDEX = join(WEB_EDITION_DIR, 'index.html')
export const WEB_EDITION_URL = pathToFileURL(WEB_EDITION_INDEX).href
import { SYSTEM_CHROMIUM_PATHS } from '../../scripts/chromium'

// `npm test` sets CHROMIUM_PATH to the browser it found or installed (scripts/e2e.ts).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM_PATHS.find((path) => existsSync(path)) ?? '/usr/bin/chromium'
