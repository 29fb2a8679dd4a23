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
