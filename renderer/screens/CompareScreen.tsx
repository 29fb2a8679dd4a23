// Two messengers side by side, the first two by default.
import { SideBySide } from '../components/compare/SideBySide'
import { useDataset } from '../store/data-store'
import { usePreferences } from '../store/preferences-context'
import { useViewStore } from '../store/view-store'

export function CompareScreen() {
  const dataset = useDataset()
  const language = usePreferences((s) => s.language)
  const chosen = useViewStore((s) => s.comparePair)
  const setComparePair = useViewStore((s) => s.setComparePair)
  const openDetails = useViewStore((s) => s.openDetails)
  const pair: [string, string] = chosen ?? [dataset.messengers[0]?.id ?? '', dataset.messengers[1]?.id ?? '']
  return <SideBySide dataset={dataset} language={language} pair={pair} onPairChange={setComparePair} onOpenCell={openDetails} />
}
