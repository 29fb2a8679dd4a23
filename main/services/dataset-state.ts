// Which dataset the app uses: the bundled one, or the last imported data pack (kept in the user-data
// folder and checked again at every start). An import switches only after the pack passed every
// check and was stored; the previous pack is kept; reverting to the bundled data is always possible.
import { join } from 'node:path'
import type { DatasetInfo, PackImportResult } from '../../common/ipc-contract'
import type { Dataset } from '../../data/schema'
import type { Log } from '../security'
import { checkPack, type TrustedKey } from './data-packs'

export interface PackFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>
  writeFile(path: string, data: string, encoding: 'utf8'): Promise<void>
  rename(from: string, to: string): Promise<void>
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
}

export interface DatasetState {
  current(): DatasetInfo
  /** At start-up: use the stored pack if it still passes every check and is newer than the bundled data. */
  restore(): Promise<void>
  importPack(text: string): Promise<PackImportResult>
  revertToBundled(): Promise<DatasetInfo>
}

const fileExists = (fs: PackFs, path: string) =>
  fs.readFile(path, 'utf8').then(
    () => true,
    () => false
  )

export function createDatasetState(bundled: Dataset, trustedKeys: TrustedKey[], packDir: string, fs: PackFs, log: Log): DatasetState {
  const bundledInfo: DatasetInfo = { dataset: bundled, origin: 'bundled', signer: null }
  let current = bundledInfo
  const currentFile = join(packDir, 'current-pack.json')
  const previousFile = join(packDir, 'previous-pack.json')

  return {
    current: () => current,

    async restore() {
      let text: string
      try {
        text = await fs.readFile(currentFile, 'utf8')
      } catch {
        return
      }
      const check = checkPack(text, trustedKeys, bundled)
      if (check.ok) current = { dataset: check.dataset, origin: 'imported', signer: check.signer.name }
      else log(`stored data pack not used (${check.reason}: ${check.detail}); using the bundled data`)
    },

    async importPack(text) {
      const check = checkPack(text, trustedKeys, current.dataset)
      if (!check.ok) {
        log(`data pack refused: ${check.reason} (${check.detail})`)
        return check
      }
      try {
        await fs.mkdir(packDir, { recursive: true })
        await fs.writeFile(`${currentFile}.tmp`, text, 'utf8')
        if (await fileExists(fs, currentFile)) await fs.rename(currentFile, previousFile)
        await fs.rename(`${currentFile}.tmp`, currentFile)
      } catch (error) {
        log(`data pack could not be stored: ${(error as Error).message}`)
        return { ok: false, reason: 'storage-failed', detail: (error as Error).message }
      }
      current = { dataset: check.dataset, origin: 'imported', signer: check.signer.name }
      return { ok: true, info: current }
    },

    async revertToBundled() {
      if (await fileExists(fs, currentFile)) await fs.rename(currentFile, previousFile)
      current = bundledInfo
      return current
    }
  }
}
