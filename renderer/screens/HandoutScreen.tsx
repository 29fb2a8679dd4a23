// The printable handout, with print and (desktop) save-as-PDF.
import { usePlatform } from '../bridge/platform-context'
import { Handout } from '../components/handout/Handout'
import { useComparisonChoice } from '../hooks/use-comparison-choice'
import { useData, useDataset } from '../store/data-store'
import { usePreferences } from '../store/preferences-context'

export function HandoutScreen() {
  const platform = usePlatform()
  const dataset = useDataset()
  const language = usePreferences((s) => s.language)
  const { areaIds, messengerIds } = useComparisonChoice()
  const isDesktop = useData((s) => s.appInfo?.electronVersion != null)
  const appVersion = useData((s) => s.appInfo?.appVersion ?? null)
  return (
    <Handout
      dataset={dataset}
      language={language}
      initialAreaIds={areaIds}
      initialMessengerIds={messengerIds}
      isDesktop={isDesktop}
      appVersion={appVersion}
      onPrint={() => window.print()}
      onSavePdf={async (name) => (await platform.saveHandoutPdf(name)).saved}
    />
  )
}
