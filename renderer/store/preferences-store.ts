// The user's preferences, remembered across restarts. Unknown or corrupt saved values fall back to defaults.
import { create, type StateCreator } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import type { Language } from '../../data/schema'
import { LANGUAGES } from '../../data/vocabulary'

export interface PreferencesState {
  language: Language
  setLanguage: (language: Language) => void
}

export const createPreferencesState =
  (initialLanguage: Language): StateCreator<PreferencesState> =>
  (set) => ({
    language: initialLanguage,
    setLanguage: (language) => set({ language })
  })

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language)

export const PREFERENCES_STORAGE_KEY = 'messenger-privacy:preferences'

export function createPreferencesStore(initialLanguage: Language, storage: StateStorage) {
  return create<PreferencesState>()(
    persist(createPreferencesState(initialLanguage), {
      name: PREFERENCES_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => storage),
      partialize: (state) => ({ language: state.language }),
      // Only values that pass the check are taken from storage; anything else keeps the default.
      merge: (persisted, current) => {
        const saved = (persisted ?? {}) as Partial<PreferencesState>
        return { ...current, ...(isLanguage(saved.language) && { language: saved.language }) }
      }
    })
  )
}

export type PreferencesStore = ReturnType<typeof createPreferencesStore>
