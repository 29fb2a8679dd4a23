// The dataset in use and where it came from. A failed reload keeps the last good data.
import { create, type StateCreator } from 'zustand'
import type { AppInfo, DatasetOrigin } from '../../common/ipc-contract'
import type { Dataset } from '../../data/schema'
import type { Platform } from '../bridge/platform'

export interface DataState {
  status: 'idle' | 'loading' | 'ready' | 'error'
  dataset: Dataset | null
  origin: DatasetOrigin | null
  appInfo: AppInfo | null
  error: string | null
  load: (platform: Platform) => Promise<void>
}

export const createDataState: StateCreator<DataState> = (set, get) => ({
  status: 'idle',
  dataset: null,
  origin: null,
  appInfo: null,
  error: null,
  load: async (platform) => {
    set({ status: 'loading', error: null })
    try {
      const [{ dataset, origin }, appInfo] = await Promise.all([platform.getDataset(), platform.getAppInfo()])
      set({ status: 'ready', dataset, origin, appInfo })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      set({ status: get().dataset ? 'ready' : 'error', error: message })
    }
  }
})

export const useDataStore = create<DataState>()(createDataState)
