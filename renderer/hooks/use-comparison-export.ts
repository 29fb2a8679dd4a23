// Exports the comparison in the current language (the buttons under the table and the desktop menu).
import { useCallback } from 'react'
import type { TextFileRequest } from '../../common/ipc-contract'
import { usePlatform } from '../bridge/platform-context'
import { useExport } from '../components/matrix/use-export'
import { useDataset } from '../store/data-store'
import { usePreferences } from '../store/preferences-context'

export function useComparisonExport() {
  const platform = usePlatform()
  const dataset = useDataset()
  const language = usePreferences((s) => s.language)
  const save = useCallback(async (request: TextFileRequest) => (await platform.saveTextFile(request)).saved, [platform])
  return useExport(dataset, language, save)
}
