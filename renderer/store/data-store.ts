// The dataset in use and where it came from. A failed reload keeps the last good data.
// Created per app (not a module singleton) so the build-time prerender can start with data loaded.
import { createContext, useContext } from 'react'
import { create, useStore, type StateCreator } from 'zustand'
import type { AppInfo, DatasetInfo, DatasetOrigin } from '../../common/ipc-contract'
import type { Dataset } from '../../common/dataset/schema'
import type { Platform } from '../bridge/platform'

export interface DataState {
  status: 'idle' | 'loading' | 'ready' | 'error'
  dataset: Dataset | null
  origin: DatasetOrigin | null
  signer: string | null
  appInfo: AppInfo | null
  error: string | null
  load: (platform: Platform) => Promise<void>
  /** After an import or a revert: the main process has already switched. */
  use: (info: DatasetInfo) => void
}

export const createDataState: StateCreator<DataState> = (set, get) => ({
  status: 'idle',
  dataset: null,
  origin: null,
  signer: null,
  appInfo: null,
  error: null,
  load: async (platform) => {
    set({ status: 'loading', error: null })
    try {
      const [{ dataset, origin, signer }, appInfo] = await Promise.all([platform.getDataset(), platform.getAppInfo()])
      set({ status: 'ready', dataset, origin, signer, appInfo })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      set({ status: get().dataset ? 'ready' : 'error', error: message })
    }
  },
  use: ({ dataset, origin, signer }) => set({ status: 'ready', dataset, origin, signer, error: null })
})

type Loaded = Pick<DataState, 'dataset' | 'origin' | 'signer' | 'appInfo'> | Pick<DataState, 'error'>

/** The store starts from what was already loaded: hydrating prerendered markup needs that state at once. */
export function createDataStore(loaded?: Loaded) {
  const initial = loaded && ('error' in loaded ? { status: 'error' as const, error: loaded.error } : { ...loaded, status: 'ready' as const })
  return create<DataState>()((...args) => ({ ...createDataState(...args), ...initial }))
}

/** Loads the dataset and app info, then creates the store; a failure becomes an error state with its message. */
export async function loadDataStore(platform: Platform): Promise<DataStore> {
  try {
    const [{ dataset, origin, signer }, appInfo] = await Promise.all([platform.getDataset(), platform.getAppInfo()])
    return createDataStore({ dataset, origin, signer, appInfo })
  } catch (error) {
    return createDataStore({ error: error instanceof Error ? error.message : String(error) })
  }
}

export type DataStore = ReturnType<typeof createDataStore>

export const DataContext = createContext<DataStore | null>(null)

export function useData<T>(selector: (state: DataState) => T): T {
  const store = useContext(DataContext)
  if (!store) throw new Error('useData() outside <DataContext>')
  return useStore(store, selector)
}
