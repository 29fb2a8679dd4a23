// The areas and messengers chosen in the comparison, as ids: the handout starts from them and the
// presentation follows them, so a trainer chooses once.
import { useMemo } from 'react'
import type { Messenger } from '../../common/dataset/schema'
import { useShallow } from 'zustand/react/shallow'
import { chosenMessengers } from '../logic/messenger-choice'
import { useDataset } from '../store/data-store'
import { usePreferences } from '../store/preferences-context'

export function useComparisonChoice(): { areaIds: string[]; messengers: Messenger[]; messengerIds: string[] } {
  const dataset = useDataset()
  const { areaFilter, hiddenMessengers, addedMessengers } = usePreferences(
    useShallow((s) => ({ areaFilter: s.areaFilter, hiddenMessengers: s.hiddenMessengers, addedMessengers: s.addedMessengers }))
  )
  return useMemo(() => {
    const messengers = chosenMessengers(dataset, hiddenMessengers, addedMessengers)
    return {
      areaIds: dataset.areas.filter((a) => !areaFilter || a.id === areaFilter).map((a) => a.id),
      messengers,
      messengerIds: messengers.map((m) => m.id)
    }
  }, [dataset, areaFilter, hiddenMessengers, addedMessengers])
}
