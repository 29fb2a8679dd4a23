import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate } from './menu'

const labelsOf = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label ?? item.role)
const submenu = (item: MenuItemConstructorOptions | undefined) => item!.submenu as MenuItemConstructorOptions[]
const find = (items: MenuItemConstructorOptions[], label: string) => items.find((item) => item.label === label)

function build(language: 'en' | 'ru' = 'en', platform = 'linux') {
  const actions = { send: vi.fn(), importPack: vi.fn(), showAbout: vi.fn() }
  return { template: buildMenuTemplate({ language, theme: 'dark', platform }, actions), actions }
}

describe('the application menu', () => {
  it('has File, View and Help, in the app language', () => {
    expect(labelsOf(build('en').template)).toEqual(['File', 'View', 'Help'])
    expect(labelsOf(build('ru').template)).toEqual(['Файл', 'Вид', 'Справка'])
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

  it('shows the current language and theme as checked', () => {
    const view = submenu(find(build('en').template, 'View'))
    expect(submenu(find(view, 'Theme')).find((item) => item.checked)!.label).toBe('Dark')
    expect(submenu(find(view, 'Language')).find((item) => item.checked)!.label).toBe('English')
  })
})
