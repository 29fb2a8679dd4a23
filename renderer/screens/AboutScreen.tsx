// Methodology and about: which data and app are in use, data packs, and how the data is made.
import { useShallow } from 'zustand/react/shallow'
import { About } from '../components/about/About'
import { usePackActions } from '../hooks/use-pack-actions'
import { useToday } from '../hooks/use-today'
import { useData, useDataset } from '../store/data-store'
import { usePreferences } from '../store/preferences-context'
import { useViewStore } from '../store/view-store'

export function AboutScreen() {
  const dataset = useDataset()
  const today = useToday()
  const { origin, signer, appInfo } = useData(useShallow((s) => ({ origin: s.origin, signer: s.signer, appInfo: s.appInfo })))
  const language = usePreferences((s) => s.language)
  const packOutcome = useViewStore((s) => s.packOutcome)
  const { importPack, revertToBundled } = usePackActions()
  if (!origin) return null
  return (
    <About
      dataset={dataset}
      origin={origin}
      signer={signer}
      appInfo={appInfo}
      language={language}
      today={today}
      packOutcome={packOutcome}
      onImport={importPack}
      onRevert={revertToBundled}
    />
  )
}
