// The decision guide: the worries and needs the user picks, and what fits them.
import { Worries } from '../components/worries/Worries'
import { useDataset } from '../store/data-store'
import { usePreferences } from '../store/preferences-context'
import { useViewStore } from '../store/view-store'

export function WorriesScreen() {
  const dataset = useDataset()
  const language = usePreferences((s) => s.language)
  const selectedConcerns = usePreferences((s) => s.selectedConcerns)
  const toggleConcern = usePreferences((s) => s.toggleConcern)
  const setConcerns = usePreferences((s) => s.setConcerns)
  const openDetails = useViewStore((s) => s.openDetails)
  return (
    <Worries
      dataset={dataset}
      language={language}
      selectedConcerns={selectedConcerns}
      onToggleConcern={toggleConcern}
      onApplyPreset={setConcerns}
      onOpenCell={openDetails}
    />
  )
}
