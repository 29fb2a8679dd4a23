// What the user is looking at right now (not remembered across restarts).
import { create, type StateCreator } from 'zustand'
import type { DatasetInfo, PackImportResult } from '../../common/ipc-contract'
import { DEFAULT_SCREEN, type ScreenId } from '../../common/vocabulary'

export interface CellRef {
  messengerId: string
  criterionId: string
}

/** What the last data pack import or revert did, shown on the About screen. */
export type PackOutcome = { kind: 'import'; result: PackImportResult } | { kind: 'revert'; info: DatasetInfo }

export interface ViewState {
  screen: ScreenId
  openCell: CellRef | null
  searchQuery: string
  comparePair: [string, string] | null
  /** A source URL the user asked to open, waiting for their confirmation. */
  pendingLink: string | null
  packOutcome: PackOutcome | null
  /** The presentation's current slide while it is open, else null. */
  slide: number | null
  showScreen: (screen: ScreenId) => void
  openDetails: (cell: CellRef) => void
  closeDetails: () => void
  setSearchQuery: (query: string) => void
  setComparePair: (pair: [string, string]) => void
  requestLink: (url: string) => void
  settleLink: () => void
  setPackOutcome: (outcome: PackOutcome) => void
  setPresenting: (presenting: boolean) => void
  setSlide: (slide: number) => void
}

export const createViewState: StateCreator<ViewState> = (set) => ({
  screen: DEFAULT_SCREEN,
  openCell: null,
  searchQuery: '',
  comparePair: null,
  pendingLink: null,
  packOutcome: null,
  slide: null,
  showScreen: (screen) => set({ screen }),
  openDetails: (cell) => set({ openCell: cell }),
  closeDetails: () => set({ openCell: null }),
  setSearchQuery: (searchQuery) => set({ searchQuery }),
  setComparePair: (comparePair) => set({ comparePair }),
  requestLink: (pendingLink) => set({ pendingLink }),
  settleLink: () => set({ pendingLink: null }),
  setPackOutcome: (packOutcome) => set({ packOutcome }),
  setPresenting: (presenting) => set({ slide: presenting ? 0 : null }),
  setSlide: (slide) => set({ slide })
})

export const useViewStore = create<ViewState>()(createViewState)
