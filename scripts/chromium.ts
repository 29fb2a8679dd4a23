// Finds a Chromium for the end-to-end tests, and provisions one on a fresh machine, so the README's
// `npm install && npm test` passes where nothing but Node was installed. Never downloads a browser of
// Playwright's own where the system package manager can provide one.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable'
]

export interface BrowserDeps {
  env: NodeJS.ProcessEnv
  platform: NodeJS.Platform
  exists: (path: string) => boolean
  /** Runs a command with inherited output; true when it exits 0. */
  run: (command: string, args: string[]) => boolean
  /** Playwright's own Chromium, if it is already installed (never downloads). */
  playwrightChromium: () => string | null
  isRoot: boolean
  log: (line: string) => void
}

/** The first browser already on this machine: CHROMIUM_PATH, the system's Chromium, Playwright's own. */
export function findChromium(deps: Pick<BrowserDeps, 'env' | 'exists' | 'playwrightChromium'>): string | null {
  const candidates = [deps.env.CHROMIUM_PATH, ...SYSTEM_CHROMIUM_PATHS]
  return candidates.find((path): path is string => !!path && deps.exists(path)) ?? deps.playwrightChromium()
}

export const NO_CHROMIUM_MESSAGE =
  'end-to-end tests need Chromium: run `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable'

/**
 * Finds a browser, or installs one: Debian's `chromium` where apt can be used (as root, or with
 * password-less sudo), otherwise Playwright's installer. Returns null, having said what to run, when
 * neither works.
 */
export function ensureChromium(deps: BrowserDeps): string | null {
  const found = findChromium(deps)
  if (found) return found
  const hasApt = deps.platform === 'linux' && deps.exists('/usr/bin/apt-get')
  const sudo = deps.isRoot ? [] : deps.run('sudo', ['-n', 'true']) ? ['sudo'] : null
  if (hasApt && sudo) {
    deps.log("No Chromium found: installing Debian's chromium package for the end-to-end tests…")
    const apt = (args: string[]) =>
      sudo.length ? deps.run('sudo', ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]) : deps.run('apt-get', args)
    if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium'])) {
      const installed = findChromium(deps)
      if (installed) return installed
    }
  } else if (!hasApt) {
    deps.log("No Chromium found: installing Playwright's Chromium for the end-to-end tests…")
    if (deps.run('npx', ['playwright', 'install', 'chromium'])) {
      const installed = findChromium(deps)
      if (installed) return installed
    }
  }
  deps.log(NO_CHROMIUM_MESSAGE)
  return null
}

/** The real machine's dependencies. */
export async function systemBrowserDeps(): Promise<BrowserDeps> {
  const { chromium } = await import('@playwright/test')
  return {
    env: process.env,
    platform: process.platform,
    exists: existsSync,
    run: (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0,
    playwrightChromium: () => {
      try {
        const path = chromium.executablePath()
        return path && existsSync(path) ? path : null
      } catch {
        return null
      }
    },
    isRoot: process.getuid?.() === 0,
    log: (line) => console.log(line)
  }
}
