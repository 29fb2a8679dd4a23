// The user's preferences, remembered across restarts through the platform (a settings file via main
// in Electron, localStorage on the web). Defaults fill anything missing; a reset is announced.
import { create, type StateCreator } from 'zustand'
import { persist, type PersistStorage } from 'zustand/middleware'
import { DEFAULT_SETTINGS } from '../../common/settings-defaults'
import type { Settings, Theme } from '../../common/settings'
import type { Language } from '../../data/schema'
import type { Platform } from '../bridge/platform'
import type { Weight } from '../logic/ranking'

export interface PreferencesState extends Omit<Settings, 'language'> {
  language: Language
  /** 'reset' after the saved settings turned out unreadable; not saved. */
  notice: 'reset' | null
  setLanguage: (language: Language) => void
  setTheme: (theme: Theme) => void
  toggleMessenger: (id: string) => void
  setAreaFilter: (areaId: string | null) => void
  toggleConcern: (id: string) => void
  setConcerns: (ids: string[]) => void
  setWeight: (criterionId: string, weight: Weight) => void
  resetWeights: () => void
  toggleChecklistItem: (key: string) => void
  dismissNotice: () => void
}

const toggled = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id])

export const createPreferencesState =
  (initialLanguage: Language): StateCreator<PreferencesState> =>
  (set) => ({
    ...structuredClone(DEFAULT_SETTINGS),
    language: initialLanguage,
    notice: null,
    setLanguage: (language) => set({ language }),
    setTheme: (theme) => set({ theme }),
    toggleMessenger: (id) => set((s) => ({ hiddenMessengers: toggled(s.hiddenMessengers, id) })),
    setAreaFilter: (areaFilter) => set({ areaFilter }),
    toggleConcern: (id) => set((s) => ({ selectedConcerns: toggled(s.selectedConcerns, id) })),
    setConcerns: (selectedConcerns) => set({ selectedConcerns, weightOverrides: {} }),
    setWeight: (criterionId, weight) => set((s) => ({ weightOverrides: { ...s.weightOverrides, [criterionId]: weight } })),
    resetWeights: () => set({ weightOverrides: {} }),
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
  areaFilter: state.areaFilter,
  selectedConcerns: state.selectedConcerns,
  weightOverrides: state.weightOverrides,
  checklistTicks: state.checklistTicks
})

export function createPreferencesStore(initialLanguage: Language, platform: Pick<Platform, 'loadSettings' | 'saveSettings'>) {
  let loadNotice: PreferencesState['notice'] = null
  const storage: PersistStorage<Settings> = {
    getItem: async () => {
      const { settings, notice } = await platform.loadSettings()
      loadNotice = notice
      return settings ? { state: settings, version: 1 } : null
    },
    setItem: (_name, value) => platform.saveSettings(value.state),
    removeItem: () => undefined
  }
  const store = create<PreferencesState>()(
    persist(createPreferencesState(initialLanguage), {
      name: 'settings',
      version: 1,
      storage,
      skipHydration: true,
      partialize: savedSettings,
      merge: (saved, current) => {
        const settings = (saved ?? {}) as Partial<Settings>
        return { ...current, ...settings, language: settings.language ?? current.language }
      }
    })
  )
  return {
    store,
    /** Loads the saved settings before the first render, so nothing flickers. */
    async hydrate() {
      await store.persist.rehydrate()
      if (loadNotice) store.setState({ notice: loadNotice })
    }
  }
}

export type PreferencesStore = ReturnType<typeof createPreferencesStore>['store']
