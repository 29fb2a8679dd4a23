// Hands the preferences store (created at start-up with the platform's storage) to components.
import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { PreferencesState, PreferencesStore } from './preferences-store'

export const PreferencesContext = createContext<PreferencesStore | null>(null)

export function usePreferences<T>(selector: (state: PreferencesState) => T): T {
  const store = useContext(PreferencesContext)
  if (!store) throw new Error('usePreferences() outside <PreferencesContext>')
  return useStore(store, selector)
}

/** The store itself, for code that syncs it with something outside React (the address bar). */
export function usePreferencesStore(): PreferencesStore {
  const store = useContext(PreferencesContext)
  if (!store) throw new Error('usePreferencesStore() outside <PreferencesContext>')
  return store
}
