// The overview: the bottom line and each area at a glance for the messengers compared; an area opens the filtered comparison.
import { Overview } from '../components/overview/Overview'
import { useComparisonChoice } from '../hooks/use-comparison-choice'
import { useDataset } from '../store/data-store'
import { usePreferences } from '../store/preferences-context'
import { useViewStore } from '../store/view-store'

export function OverviewScreen() {
  const dataset = useDataset()
  const language = usePreferences((s) => s.language)
  const setAreaFilter = usePreferences((s) => s.setAreaFilter)
  const openDetails = useViewStore((s) => s.openDetails)
  const showScreen = useViewStore((s) => s.showScreen)
  const { messengers } = useComparisonChoice()
  return (
    <Overview
      dataset={dataset}
      messengers={messengers}
      onChooseMessengers={() => showScreen('matrix')}
      language={language}
      onOpenCell={openDetails}
      onOpenArea={(areaId) => {
        setAreaFilter(areaId)
        showScreen('matrix')
      }}
    />
  )
}
