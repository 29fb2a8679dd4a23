// The dated timeline of laws, blocks and events.
import { Timeline } from '../components/timeline/Timeline'
import { useDataset } from '../store/data-store'
import { usePreferences } from '../store/preferences-context'
import { useViewStore } from '../store/view-store'

export function TimelineScreen() {
  const dataset = useDataset()
  const language = usePreferences((s) => s.language)
  const requestLink = useViewStore((s) => s.requestLink)
  return <Timeline dataset={dataset} language={language} onOpenLink={requestLink} />
}
