import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate } from './menu'

const labelsOf = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label ?? item.role)
const submenu = (item: MenuItemConstructorOptions | undefined) => item!.submenu as MenuItemConstructorOptions[]
const find = (items: MenuItemConstructorOptions[], label: string) => items.find((item) => item.label === label)

function build(language: 'en' | 'ru' = 'en', platform = 'linux', canImportPacks = true) {
  const actions = { send: vi.fn(), importPack: vi.fn(), showAbout: vi.fn() }
  return { template: buildMenuTemplate({ language, theme: 'dark', platform, canImportPacks }, actions), actions }
}

describe('the application menu', () => {
  it('has File, Edit, View, Window and Help, in the app language', () => {
    expect(labelsOf(build('en').template)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
    expect(labelsOf(build('ru').template)).toEqual(['Файл', 'Правка', 'Вид', 'Окно', 'Справка'])
  })

  it('gives the Edit menu the roles that make copy, cut, paste and select all work in text fields', () => {
    const edit = submenu(find(build('ru').template, 'Правка'))
    expect(edit.map((item) => item.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
    expect(find(edit, 'Копировать')!.role).toBe('copy')
  })

  it("has a Window menu by each platform's convention", () => {
    expect(find(build('en', 'darwin').template, 'Window')!.role).toBe('window')
    expect(
      submenu(find(build('en', 'darwin').template, 'Window'))
        .map((item) => item.role)
        .filter(Boolean)
    ).toEqual(['minimize', 'zoom', 'front'])
    expect(submenu(find(build('en', 'linux').template, 'Window')).map((item) => item.role)).toEqual(['minimize', 'close'])
  })

  it('adds the app menu on macOS, where Quit lives', () => {
    const { template } = build('en', 'darwin')
    expect(template[0]!.role).toBe('appMenu')
    expect(submenu(find(template, 'File')).some((item) => item.role === 'close')).toBe(true)
  })

  it('uses platform-correct accelerators', () => {
    const file = submenu(find(build().template, 'File'))
    expect(find(file, 'Import data pack…')!.accelerator).toBe('CmdOrCtrl+O')
    expect(find(file, 'Print handout…')!.accelerator).toBe('CmdOrCtrl+P')
    expect(file.find((item) => item.role === 'quit')!.accelerator).toBe('Ctrl+Q')
  })

  it('imports a pack in the main process, and sends page commands to the renderer', () => {
    const { template, actions } = build()
    const file = submenu(find(template, 'File'))
    ;(find(file, 'Import data pack…')!.click as () => void)()
    expect(actions.importPack).toHaveBeenCalled()
    const view = submenu(find(template, 'View'))
    ;(find(submenu(find(view, 'Language')), 'Русский')!.click as () => void)()
    expect(actions.send).toHaveBeenCalledWith({ type: 'set-language', language: 'ru' })
    ;(find(view, 'Presentation mode')!.click as () => void)()
    expect(actions.send).toHaveBeenCalledWith({ type: 'present' })
  })

  it('disables "Import data pack…" in a build that trusts no signing key', () => {
    expect(find(submenu(find(build('en', 'linux', false).template, 'File')), 'Import data pack…')!.enabled).toBe(false)
    expect(find(submenu(find(build('en', 'linux', true).template, 'File')), 'Import data pack…')!.enabled).toBe(true)
  })

  it('shows the current language and theme as checked', () => {
    const view = submenu(find(build('en').template, 'View'))
    expect(submenu(find(view, 'Theme')).find((item) => item.checked)!.label).toBe('Dark')
    expect(submenu(find(view, 'Language')).find((item) => item.checked)!.label).toBe('English')
  })
})
