import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '../../common/settings-defaults'
import { fixtureDataset } from '../../test/fixtures/dataset'
import { createMenuController, type MenuControllerDeps } from './menu-controller'

function deps(overrides: Partial<MenuControllerDeps> = {}) {
  const menus: MenuItemConstructorOptions[][] = []
  const d: MenuControllerDeps = {
    platform: 'linux',
    canImportPacks: true,
    setMenu: (template) => void menus.push(template),
    send: vi.fn(),
    chooseFile: vi.fn(async () => '/home/u/pack.json'),
    readPackFile: vi.fn(async () => ({ ok: true as const, text: '{"pack":true}' })),
    importPack: vi.fn(async () => ({ ok: false as const, reason: 'bad-signature' as const, detail: 'x' })),
    showMessage: vi.fn(async () => undefined),
    aboutFacts: () => ({ app: '0.1.0', electron: '45.4.1', dataset: fixtureDataset, origin: 'bundled' }),
    ...overrides
  }
  return { d, menus }
}

describe('the menu controller', () => {
  it('imports a chosen pack file in the main process and tells the page the outcome', async () => {
    const { d } = deps()
    await createMenuController(d, { language: 'en', theme: 'system' }).importPack()
    expect(d.importPack).toHaveBeenCalledWith('{"pack":true}')
    expect(d.send).toHaveBeenCalledWith({ type: 'pack-result', result: { ok: false, reason: 'bad-signature', detail: 'x' } })
  })

  it("passes on the reader's refusal (too large, not a regular file) without importing anything", async () => {
    for (const reason of ['too-large', 'not-a-file'] as const) {
      const { d } = deps({ readPackFile: vi.fn(async () => ({ ok: false as const, reason, detail: 'x' })) })
      await createMenuController(d, { language: 'en', theme: 'system' }).importPack()
      expect(d.importPack).not.toHaveBeenCalled()
      expect(d.send).toHaveBeenCalledWith({ type: 'pack-result', result: { ok: false, reason, detail: 'x' } })
    }
  })

  it('says the file could not be read when reading throws (for example, permission denied)', async () => {
    const { d } = deps({ readPackFile: vi.fn(async () => Promise.reject(new Error('EACCES'))) })
    await createMenuController(d, { language: 'en', theme: 'system' }).importPack()
    expect(d.send).toHaveBeenCalledWith({ type: 'pack-result', result: { ok: false, reason: 'not-a-file', detail: 'EACCES' } })
  })

  it('does nothing when the user cancels the file dialog', async () => {
    const { d } = deps({ chooseFile: vi.fn(async () => null) })
    await createMenuController(d, { language: 'en', theme: 'system' }).importPack()
    expect(d.send).not.toHaveBeenCalled()
  })

  it('rebuilds the menu in Russian when the user switches language', () => {
    const { d, menus } = deps()
    const controller = createMenuController(d, { language: 'en', theme: 'system' })
    controller.settingsChanged({ ...DEFAULT_SETTINGS, language: 'ru' }, 'en')
    expect(menus.map((m) => m[0]!.label)).toEqual(['File', 'Файл'])
    controller.settingsChanged({ ...DEFAULT_SETTINGS, language: 'ru' }, 'en')
    expect(menus).toHaveLength(2)
  })

  it('shows app and dataset versions in About', () => {
    const { d, menus } = deps()
    createMenuController(d, { language: 'en', theme: 'system' })
    const help = menus[0]!.find((item) => item.label === 'Help')!.submenu as MenuItemConstructorOptions[]
    ;(help.find((item) => item.label === 'About Messenger Privacy')!.click as () => void)()
    expect(d.showMessage).toHaveBeenCalledWith(
      'About Messenger Privacy',
      'App 0.1.0 (Electron 45.4.1)\nDataset 1.2.3 of 2026-11-20 (bundled)'
    )
  })
})
