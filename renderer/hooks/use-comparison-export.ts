// Exports the comparison (the messengers chosen) in the current language (the buttons under the table and the desktop menu).
import { useCallback, useMemo } from 'react'
import type { TextFileRequest } from '../../common/ipc-contract'
import { usePlatform } from '../bridge/platform-context'
import { useExport } from '../components/matrix/use-export'
import { useDataset } from '../store/data-store'
import { useComparisonChoice } from './use-comparison-choice'
import { usePreferences } from '../store/preferences-context'

export function useComparisonExport() {
  const platform = usePlatform()
  const dataset = useDataset()
  const language = usePreferences((s) => s.language)
  const { messengers } = useComparisonChoice()
  // The files hold what is compared: the messengers chosen, every criterion.
  const compared = useMemo(() => ({ ...dataset, messengers }), [dataset, messengers])
  const save = useCallback(async (request: TextFileRequest) => (await platform.saveTextFile(request)).saved, [platform])
  return useExport(compared, language, save)
}
