// "If you must use it": per-messenger checklists, ticks remembered, exportable as Markdown.
import { usePlatform } from '../bridge/platform-context'
import { Checklists } from '../components/checklists/Checklists'
import { useDataset } from '../store/data-store'
import { usePreferences } from '../store/preferences-context'
import { useViewStore } from '../store/view-store'

export function ChecklistsScreen() {
  const platform = usePlatform()
  const dataset = useDataset()
  const language = usePreferences((s) => s.language)
  const ticks = usePreferences((s) => s.checklistTicks)
  const toggleChecklistItem = usePreferences((s) => s.toggleChecklistItem)
  const requestLink = useViewStore((s) => s.requestLink)
  return (
    <Checklists
      dataset={dataset}
      language={language}
      ticks={ticks}
      onToggle={toggleChecklistItem}
      onExport={async (suggestedName, content) => (await platform.saveTextFile({ suggestedName, content, format: 'markdown' })).saved}
      onOpenLink={requestLink}
    />
  )
}
