// Importing a data pack and going back to the built-in data: main switches, the store follows,
// and the About screen says what happened.
import { useCallback } from 'react'
import type { DatasetInfo, PackImportResult } from '../../common/ipc-contract'
import { usePlatform } from '../bridge/platform-context'
import { importPackFile } from '../logic/read-pack-file'
import { useData } from '../store/data-store'
import { useViewStore } from '../store/view-store'

export function usePackActions() {
  const platform = usePlatform()
  const switchTo = useData((s) => s.switchTo)
  const setPackOutcome = useViewStore((s) => s.setPackOutcome)

  /** Also for a pack the desktop menu already imported: only its result arrives here. */
  const showImportResult = useCallback(
    (result: PackImportResult) => {
      if (result.ok) switchTo(result.info)
      setPackOutcome({ kind: 'import', result })
    },
    [switchTo, setPackOutcome]
  )

  const importPack = useCallback(
    async (file: File): Promise<PackImportResult> => {
      const result = await importPackFile(file, platform)
      showImportResult(result)
      return result
    },
    [platform, showImportResult]
  )

  const revertToBundled = useCallback(async (): Promise<DatasetInfo> => {
    const info = await platform.revertToBundledData()
    switchTo(info)
    setPackOutcome({ kind: 'revert', info })
    return info
  }, [platform, switchTo, setPackOutcome])

  return { importPack, revertToBundled, showImportResult }
}
