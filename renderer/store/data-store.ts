// The dataset in use and where it came from. It is loaded once, before the first render (which
// must match the prerendered page); after a pack import or a revert, main has switched and says to what.
// Created per app (not a module singleton) so the build-time prerender can start with data loaded.
import { createContext, useContext } from 'react'
import { create, useStore } from 'zustand'
import type { AppInfo, DatasetInfo, DatasetOrigin } from '../../common/ipc-contract'
import type { Dataset } from '../../common/dataset/schema'
import type { Platform } from '../bridge/platform'

export interface DataState {
  status: 'ready' | 'error'
  dataset: Dataset | null
  origin: DatasetOrigin | null
  signer: string | null
  appInfo: AppInfo | null
  error: string | null
  /** After an import or a revert: the main process has already switched to this dataset. */
  switchTo: (info: DatasetInfo) => void
}

type Loaded = Pick<DataState, 'dataset' | 'origin' | 'signer' | 'appInfo'> | Pick<DataState, 'error'>

/** The store starts from what was already loaded: hydrating prerendered markup needs that state at once. */
export function createDataStore(loaded: Loaded) {
  const initial =
    'error' in loaded
      ? { status: 'error' as const, dataset: null, origin: null, signer: null, appInfo: null, error: loaded.error }
      : { status: 'ready' as const, error: null, ...loaded }
  return create<DataState>()((set) => ({
    ...initial,
    switchTo: ({ dataset, origin, signer }) => set({ status: 'ready', dataset, origin, signer, error: null })
  }))
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

/** The dataset, for screens: the shell renders them only once there is one. */
export function useDataset(): Dataset {
  const dataset = useData((s) => s.dataset)
  if (!dataset) throw new Error('useDataset() before the dataset loaded')
  return dataset
}
