// The application menu as a plain template (no Electron import), so it is built and tested in Node.
// Items that concern the page send it a MenuCommand; files and dialogs stay in the main process.
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../common/ipc-contract'
import type { Language } from '../common/dataset/schema'
import { EXPORT_FORMATS, LANGUAGES, THEMES, type Theme } from '../common/vocabulary'
import { MENU_LABELS } from './menu-labels'

export interface MenuActions {
  send: (command: MenuCommand) => void
  importPack: () => void
  showAbout: () => void
}

export interface MenuState {
  language: Language
  theme: Theme
  platform: string
  /** False when the build trusts no signing key: the import item is then disabled. */
  canImportPacks: boolean
}

/** Each language in its own words, whatever the menu's language. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский' }

export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const l = MENU_LABELS[state.language]
  const isMac = state.platform === 'darwin'
  const send = (command: MenuCommand) => () => actions.send(command)
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: l.file,
      submenu: [
        { label: l.importPack, accelerator: 'CmdOrCtrl+O', enabled: state.canImportPacks, click: actions.importPack },
        { type: 'separator' },
        { label: l.savePdf, accelerator: 'CmdOrCtrl+Shift+S', click: send({ type: 'save-handout-pdf' }) },
        { label: l.print, accelerator: 'CmdOrCtrl+P', click: send({ type: 'print' }) },
        {
          label: l.export,
          submenu: EXPORT_FORMATS.map((format) => ({ label: l[format], click: send({ type: 'export', format }) }))
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { label: l.quit, role: 'quit', accelerator: 'Ctrl+Q' }
      ]
    },
    // Roles make Cmd/Ctrl+C, V, X and A work in the search field (macOS has no default Edit menu).
    {
      label: l.edit,
      submenu: [
        { label: l.undo, role: 'undo' },
        { label: l.redo, role: 'redo' },
        { type: 'separator' },
        { label: l.cut, role: 'cut' },
        { label: l.copy, role: 'copy' },
        { label: l.paste, role: 'paste' },
        { label: l.selectAll, role: 'selectAll' }
      ]
    },
    {
      label: l.view,
      submenu: [
        { label: l.comparison, accelerator: 'CmdOrCtrl+1', click: send({ type: 'show-screen', screen: 'matrix' }) },
        { label: l.present, accelerator: 'F5', click: send({ type: 'present' }) },
        { type: 'separator' },
        {
          label: l.language,
          submenu: LANGUAGES.map((language) => ({
            label: LANGUAGE_NAMES[language],
            type: 'radio' as const,
            checked: state.language === language,
            click: send({ type: 'set-language', language })
          }))
        },
        {
          label: l.theme,
          submenu: THEMES.map((theme) => ({
            label: l[theme],
            type: 'radio' as const,
            checked: state.theme === theme,
            click: send({ type: 'set-theme', theme })
          }))
        },
        { type: 'separator' },
        { label: l.resetZoom, role: 'resetZoom' },
        { label: l.zoomIn, role: 'zoomIn' },
        { label: l.zoomOut, role: 'zoomOut' },
        { type: 'separator' },
        { label: l.fullScreen, role: 'togglefullscreen' }
      ]
    },
    {
      label: l.window,
      role: 'window',
      submenu: isMac
        ? [
            { label: l.minimize, role: 'minimize' },
            { label: l.zoom, role: 'zoom' },
            { type: 'separator' },
            { label: l.front, role: 'front' }
          ]
        : [
            { label: l.minimize, role: 'minimize' },
            { label: l.close, role: 'close' }
          ]
    },
    {
      label: l.help,
      role: 'help',
      submenu: [
        { label: l.methodology, accelerator: 'F1', click: send({ type: 'show-screen', screen: 'about' }) },
        { label: l.report, click: send({ type: 'show-screen', screen: 'about' }) },
        { type: 'separator' },
        { label: l.about, click: actions.showAbout }
      ]
    }
  ]
}
