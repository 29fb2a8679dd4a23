// Keeps the application menu in the user's language and theme, and carries out the menu's
// main-process actions: importing a data pack from a file, and the About dialog.
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand, PackImportResult } from '../../common/ipc-contract'
import type { Settings } from '../../common/settings'
import type { Dataset, Language } from '../../common/dataset/schema'
import { buildMenuTemplate, type MenuState } from '../menu'
import { MENU_LABELS } from '../menu-labels'
import type { PackFileRead } from './read-pack-file'

export interface MenuControllerDeps {
  platform: string
  canImportPacks: boolean
  setMenu: (template: MenuItemConstructorOptions[]) => void
  send: (command: MenuCommand) => void
  chooseFile: () => Promise<string | null>
  /** Only a regular file, read with the pack size limit (read-pack-file.ts). */
  readPackFile: (path: string) => Promise<PackFileRead>
  importPack: (text: string) => Promise<PackImportResult>
  showMessage: (title: string, detail: string) => Promise<void>
  aboutFacts: () => { app: string; electron: string; dataset: Dataset; origin: string }
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '')

export function createMenuController(deps: MenuControllerDeps, initial: Pick<MenuState, 'language' | 'theme'>) {
  let state: MenuState = { ...initial, platform: deps.platform, canImportPacks: deps.canImportPacks }

  const importPack = async () => {
    const path = await deps.chooseFile()
    if (!path) return
    const file = await deps
      .readPackFile(path)
      .catch((error: Error): PackFileRead => ({ ok: false, reason: 'not-a-file', detail: error.message }))
    const result: PackImportResult = file.ok ? await deps.importPack(file.text) : file
    deps.send({ type: 'pack-result', result })
  }

  const showAbout = () => {
    const labels = MENU_LABELS[state.language]
    const facts = deps.aboutFacts()
    void deps.showMessage(
      labels.aboutTitle,
      fill(labels.aboutDetail, {
        app: facts.app,
        electron: facts.electron,
        dataset: facts.dataset.version,
        date: facts.dataset.date,
        origin: facts.origin
      })
    )
  }

  const render = () => deps.setMenu(buildMenuTemplate(state, { send: deps.send, importPack: () => void importPack(), showAbout }))
  render()

  return {
    importPack,
    /** Called whenever the renderer saves settings, so the menu follows language and theme. */
    settingsChanged(settings: Settings, fallbackLanguage: Language) {
      const next = { ...state, language: settings.language ?? fallbackLanguage, theme: settings.theme }
      if (next.language === state.language && next.theme === state.theme) return
      state = next
      render()
    }
  }
}
