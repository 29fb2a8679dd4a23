// What the user is looking at right now (not remembered across restarts).
import { create, type StateCreator } from 'zustand'

export interface CellRef {
  messengerId: string
  criterionId: string
}

export interface ViewState {
  openCell: CellRef | null
  openDetails: (cell: CellRef) => void
  closeDetails: () => void
}

export const createViewState: StateCreator<ViewState> = (set) => ({
  openCell: null,
  openDetails: (cell) => set({ openCell: cell }),
  closeDetails: () => set({ openCell: null })
})

export const useViewStore = create<ViewState>()(createViewState)
