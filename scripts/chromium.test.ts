// A fresh machine has no browser: the test command must find one, install one, or say in one line
// what to run, instead of failing every end-to-end test.
import { describe, expect, it } from 'vitest'
import { ensureChromium, NO_CHROMIUM_MESSAGE, type BrowserDeps } from './chromium'

function machine(overrides: Partial<BrowserDeps> & { files?: string[]; installs?: Record<string, string> } = {}) {
  const files = new Set(overrides.files ?? [])
  const commands: string[] = []
  const lines: string[] = []
  const deps: BrowserDeps = {
    env: {},
    platform: 'linux',
    exists: (path) => files.has(path),
    run: (command, args) => {
      const line = [command, ...args].join(' ')
      commands.push(line)
      for (const [pattern, path] of Object.entries(overrides.installs ?? {})) if (line.includes(pattern)) files.add(path)
      return !line.startsWith('sudo -n') || (overrides.files ?? []).includes('sudo-ok')
    },
    playwrightChromium: () => null,
    isRoot: true,
    log: (line) => lines.push(line),
    ...overrides
  }
  return { deps, commands, lines }
}

describe('finding Chromium for the end-to-end tests', () => {
  it('uses CHROMIUM_PATH first, then the system Chromium, and installs nothing', () => {
    const { deps, commands } = machine({ env: { CHROMIUM_PATH: '/opt/chrome' }, files: ['/opt/chrome', '/usr/bin/chromium'] })
    expect(ensureChromium(deps)).toBe('/opt/chrome')
    expect(ensureChromium({ ...deps, env: {} })).toBe('/usr/bin/chromium')
    expect(commands).toEqual([])
  })

  it("falls back to Playwright's own Chromium when it is already installed", () => {
    const { deps } = machine({ playwrightChromium: () => '/root/.cache/ms-playwright/chromium/chrome' })
    expect(ensureChromium(deps)).toBe('/root/.cache/ms-playwright/chromium/chrome')
  })

  it("installs Debian's chromium on a fresh machine where apt can be used as root", () => {
    const { deps, commands } = machine({ files: ['/usr/bin/apt-get'], installs: { 'install -y -qq chromium': '/usr/bin/chromium' } })
    expect(ensureChromium(deps)).toBe('/usr/bin/chromium')
    expect(commands).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium'])
  })

  it('uses password-less sudo when not root', () => {
    const { deps, commands } = machine({
      isRoot: false,
      files: ['/usr/bin/apt-get', 'sudo-ok'],
      installs: { 'install -y -qq chromium': '/usr/bin/chromium' }
    })
    expect(ensureChromium(deps)).toBe('/usr/bin/chromium')
    expect(commands.at(-1)).toBe('sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium')
  })

  it('says in one line what to run when it cannot install one, and returns at once', () => {
    const { deps, commands, lines } = machine({ isRoot: false, files: ['/usr/bin/apt-get'] })
    expect(ensureChromium(deps)).toBeNull()
    expect(commands).toEqual(['sudo -n true'])
    expect(lines).toEqual([NO_CHROMIUM_MESSAGE])
  })

  it("uses Playwright's installer only where there is no apt", () => {
    const { deps, commands } = machine({ platform: 'darwin', playwrightChromium: () => (commands.length ? '/pw/chrome' : null) })
    expect(ensureChromium(deps)).toBe('/pw/chrome')
    expect(commands).toEqual(['npx playwright install chromium'])
  })
})
