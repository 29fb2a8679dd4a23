// The user's preferences, remembered across restarts through the platform (a settings file via main
// in Electron, localStorage on the web). Defaults fill anything missing; a reset is announced.
import { create, type StateCreator } from 'zustand'
import { persist, type PersistStorage } from 'zustand/middleware'
import { DEFAULT_SETTINGS } from '../../common/settings-defaults'
import type { SettingsLoad } from '../../common/ipc-contract'
import type { Settings } from '../../common/settings'
import type { Theme } from '../../common/vocabulary'
import type { Language } from '../../common/dataset/schema'
import type { Platform } from '../bridge/platform'
import { toggled } from '../logic/toggled'

export interface PreferencesState extends Omit<Settings, 'language'> {
  language: Language
  /** 'reset' after the saved settings turned out unreadable, 'repaired' after some fields did; not saved. */
  notice: SettingsLoad['notice']
  setLanguage: (language: Language) => void
  setTheme: (theme: Theme) => void
  toggleMessenger: (id: string, inDefault: boolean) => void
  setAreaFilter: (areaId: string | null) => void
  toggleConcern: (id: string) => void
  setConcerns: (ids: string[]) => void
  toggleChecklistItem: (key: string) => void
  dismissNotice: () => void
}

export const createPreferencesState =
  (initialLanguage: Language, saved: Settings | null = null, notice: PreferencesState['notice'] = null): StateCreator<PreferencesState> =>
  (set) => ({
    ...structuredClone(DEFAULT_SETTINGS),
    ...saved,
    language: saved?.language ?? initialLanguage,
    notice,
    setLanguage: (language) => set({ language }),
    setTheme: (theme) => set({ theme }),
    // A messenger of the default selection is hidden or shown again; any other is added or removed.
    toggleMessenger: (id, inDefault) =>
      set((s) => (inDefault ? { hiddenMessengers: toggled(s.hiddenMessengers, id) } : { addedMessengers: toggled(s.addedMessengers, id) })),
    setAreaFilter: (areaFilter) => set({ areaFilter }),
    toggleConcern: (id) => set((s) => ({ selectedConcerns: toggled(s.selectedConcerns, id) })),
    setConcerns: (selectedConcerns) => set({ selectedConcerns }),
    toggleChecklistItem: (key) =>
      set((s) => {
        const { [key]: wasTicked, ...rest } = s.checklistTicks
        return { checklistTicks: wasTicked ? rest : { ...rest, [key]: true } }
      }),
    dismissNotice: () => set({ notice: null })
  })

export const savedSettings = (state: PreferencesState): Settings => ({
  language: state.language,
  theme: state.theme,
  hiddenMessengers: state.hiddenMessengers,
  addedMessengers: state.addedMessengers,
  areaFilter: state.areaFilter,
  selectedConcerns: state.selectedConcerns,
  checklistTicks: state.checklistTicks
})

/**
 * Creates the store from settings already loaded by the platform: the first render (and hydration of
 * the prerendered page) then sees the saved state at once. Every later change is saved back.
 */
export function createPreferencesStore(
  initialLanguage: Language,
  platform: Pick<Platform, 'saveSettings'>,
  loaded: SettingsLoad = { settings: null, notice: null }
) {
  const storage: PersistStorage<Settings> = {
    getItem: () => null,
    setItem: (_name, value) => platform.saveSettings(value.state),
    removeItem: () => undefined
  }
  return create<PreferencesState>()(
    persist(createPreferencesState(initialLanguage, loaded.settings, loaded.notice), {
      name: 'settings',
      version: 1,
      storage,
      skipHydration: true,
      partialize: savedSettings
    })
  )
}

/** Loads the saved settings through the platform, then creates the store; unreadable settings reset. */
export async function loadPreferencesStore(initialLanguage: Language, platform: Pick<Platform, 'loadSettings' | 'saveSettings'>) {
  const loaded = await platform.loadSettings().catch((): SettingsLoad => ({ settings: null, notice: 'reset' }))
  return createPreferencesStore(initialLanguage, platform, loaded)
}

export type PreferencesStore = ReturnType<typeof createPreferencesStore>
