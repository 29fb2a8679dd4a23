import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '../../common/settings-defaults'
import { fixtureDataset } from '../../test/fixtures/dataset'
import { MAX_PACK_BYTES } from './data-packs'
import { createMenuController, type MenuControllerDeps } from './menu-controller'

function deps(overrides: Partial<MenuControllerDeps> = {}) {
  const menus: MenuItemConstructorOptions[][] = []
  const d: MenuControllerDeps = {
    platform: 'linux',
    setMenu: (template) => void menus.push(template),
    send: vi.fn(),
    chooseFile: vi.fn(async () => '/home/u/pack.json'),
    fileSize: vi.fn(async () => 1000),
    readFile: vi.fn(async () => '{"pack":true}'),
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

  it('refuses a huge file without reading it', async () => {
    const { d } = deps({ fileSize: vi.fn(async () => MAX_PACK_BYTES + 1) })
    await createMenuController(d, { language: 'en', theme: 'system' }).importPack()
    expect(d.readFile).not.toHaveBeenCalled()
    expect(d.send).toHaveBeenCalledWith({ type: 'pack-result', result: expect.objectContaining({ ok: false, reason: 'too-large' }) })
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
    expect(d.showMessage).toHaveBeenCalledWith('About Messenger Privacy', 'App 0.1.0 (Electron 45.4.1)\nDataset 1.2.3 of 2026-11-20 (bundled)')
  })
})
