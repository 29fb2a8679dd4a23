// electron-builder cannot download what it packages here, so its security-relevant settings are
// checked as configuration: every fuse, asar, what ships, and the five targets.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..')
const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8'))
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))

describe('the packaging configuration', () => {
  it('flips every hardening fuse (security checklist #19)', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('packs only the built output into an asar, with no update feed', () => {
    expect(config.asar).toBe(true)
    expect(config.files).toEqual(['out/**', 'package.json', '!**/*.map', '!out/portable/**', '!out/packs/**'])
    expect(config.publish).toBeNull()
    expect(pkg.main).toBe('out/main/index.js')
    // Everything the app runs is bundled, so no node_modules ship inside the asar.
    expect(pkg.dependencies ?? {}).toEqual({})
  })

  it('lists the five targets: AppImage, deb, NSIS, portable exe and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.win.target).toEqual(['nsis', 'portable'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.artifactName).toContain('${version}')
  })

  it('pins Electron 45 exactly', () => {
    expect(pkg.devDependencies.electron).toMatch(/^45\.\d+\.\d+$/)
  })
})
