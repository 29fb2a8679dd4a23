// Which dataset the app uses: the bundled one, or the last imported data pack (kept in the user-data
// folder and checked again at every start). An import switches only after the pack passed every
// check and was stored; the previous pack is kept; reverting to the bundled data is always possible.
// A high-water mark (the newest version and creation time ever accepted) is kept on disk and never
// lowered, not even by a revert, so a superseded pack can never be brought back.
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type { DatasetInfo, PackImportResult } from '../../common/ipc-contract'
import type { Dataset } from '../../common/dataset/schema'
import { VERSION_PATTERN } from '../../common/vocabulary'
import type { Log } from '../security'
import type { StorageFs } from './fs-port'
import { checkPack, checkRevocation, compareVersions, fileFormat, REVOCATION_FORMAT, type PackCheck, type TrustedKey } from './data-packs'

export interface DatasetState {
  current(): DatasetInfo
  /** At start-up: use the stored pack if it still passes every check and is newer than the bundled data. */
  restore(): Promise<void>
  importPack(text: string): Promise<PackImportResult>
  revertToBundled(): Promise<DatasetInfo>
}

interface HighWaterMark {
  version: string
  createdAt: string
}

const fileExists = (fs: StorageFs, path: string) =>
  fs.readFile(path, 'utf8').then(
    () => true,
    () => false
  )

const isMark = (value: unknown): value is HighWaterMark =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as HighWaterMark).version === 'string' &&
  VERSION_PATTERN.test((value as HighWaterMark).version) &&
  typeof (value as HighWaterMark).createdAt === 'string'

export function createDatasetState(
  bundled: Dataset,
  trustedKeys: TrustedKey[],
  packDir: string,
  fs: StorageFs,
  log: Log,
  now: () => Date = () => new Date()
): DatasetState {
  const bundledInfo: DatasetInfo = { dataset: bundled, origin: 'bundled', signer: null }
  let current = bundledInfo
  /** The fingerprint of the key behind the pack in use (names are not unique). */
  let currentSignerId: string | null = null
  const currentFile = join(packDir, 'current-pack.json')
  const previousFile = join(packDir, 'previous-pack.json')
  const markFile = join(packDir, 'high-water-mark.json')
  const revokedFile = join(packDir, 'revoked-keys.json')
  // Keys revoked by an imported revocation list: kept on disk, never un-revoked.
  let revoked = new Set<string>()
  const trusted = () => trustedKeys.filter((key) => !revoked.has(key.id))

  async function readRevoked(): Promise<void> {
    try {
      const list: unknown = JSON.parse(await fs.readFile(revokedFile, 'utf8'))
      if (Array.isArray(list)) revoked = new Set(list.filter((id): id is string => typeof id === 'string'))
    } catch {
      // none revoked yet
    }
  }

  async function importRevocation(text: string): Promise<PackImportResult> {
    const check = checkRevocation(text, trusted(), now())
    if (!check.ok) {
      log(`key revocation list refused: ${check.reason} (${check.detail})`)
      return check
    }
    const next = new Set([...revoked, ...check.revoked])
    try {
      await fs.mkdir(packDir, { recursive: true })
      await writeAtomically(revokedFile, JSON.stringify([...next].sort()))
    } catch (error) {
      return { ok: false, reason: 'storage-failed', detail: (error as Error).message }
    }
    revoked = next
    const cutOff = trustedKeys.filter((key) => revoked.has(key.id))
    log(`key revocation list applied: ${cutOff.length} trusted key(s) revoked`)
    // Data signed by a revoked key is no longer used.
    if (currentSignerId && revoked.has(currentSignerId)) {
      current = bundledInfo
      currentSignerId = null
    }
    return { ok: true, info: current, revokedKeys: cutOff.length }
  }
  // Imports run one at a time: two drops at once must not race on the files or the mark.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }

  async function readMark(): Promise<HighWaterMark> {
    const floor = { version: bundled.version, createdAt: '' }
    try {
      const mark: unknown = JSON.parse(await fs.readFile(markFile, 'utf8'))
      if (isMark(mark)) return compareVersions(mark.version, floor.version) >= 0 ? mark : { ...mark, version: floor.version }
      log('data-pack high-water mark unreadable: using the bundled version as the floor')
    } catch {
      // no mark yet: the bundled data is the floor
    }
    return floor
  }

  /** Writes through a unique temporary file, then renames it into place. */
  async function writeAtomically(path: string, text: string) {
    const temporary = `${path}.${randomUUID()}.tmp`
    await fs.writeFile(temporary, text)
    await fs.rename(temporary, path)
  }

  return {
    current: () => current,

    async restore() {
      await readRevoked()
      let text: string
      try {
        text = await fs.readFile(currentFile, 'utf8')
      } catch {
        return
      }
      const mark = await readMark()
      // The stored pack may be the mark itself (equal, not newer): anything below the mark is stale.
      const floor = compareVersions(mark.version, bundled.version) > 0 ? mark.version : bundled.version
      const check = checkPack(text, { trustedKeys: trusted(), newerThan: bundled.version, now: now(), enforceExpiry: false })
      if (!check.ok) {
        log(`stored data pack not used (${check.reason}: ${check.detail}); using the bundled data`)
        return
      }
      if (compareVersions(check.dataset.version, floor) < 0) {
        log(`stored data pack not used (not-newer: ${check.dataset.version} is below the newest accepted ${floor}); using the bundled data`)
        return
      }
      current = { dataset: check.dataset, origin: 'imported', signer: check.signer.name }
      currentSignerId = check.signer.id
    },

    importPack: (text) =>
      serial(async (): Promise<PackImportResult> => {
        if (fileFormat(text) === REVOCATION_FORMAT) return importRevocation(text)
        const mark = await readMark()
        const newerThan = compareVersions(mark.version, current.dataset.version) > 0 ? mark.version : current.dataset.version
        let check: PackCheck = checkPack(text, { trustedKeys: trusted(), newerThan, now: now(), enforceExpiry: true })
        // A newer version signed before the newest accepted pack is a replay of an old signing run.
        if (check.ok && check.header.createdAt <= mark.createdAt)
          check = {
            ok: false,
            reason: 'not-newer',
            detail: `created ${check.header.createdAt}, not after the newest accepted pack (${mark.createdAt})`
          }
        if (!check.ok) {
          log(`data pack refused: ${check.reason} (${check.detail})`)
          return check
        }
        try {
          await fs.mkdir(packDir, { recursive: true })
          const temporary = `${currentFile}.${randomUUID()}.tmp`
          await fs.writeFile(temporary, text)
          if (await fileExists(fs, currentFile)) await fs.rename(currentFile, previousFile)
          await fs.rename(temporary, currentFile)
          await writeAtomically(markFile, JSON.stringify({ version: check.dataset.version, createdAt: check.header.createdAt }))
        } catch (error) {
          log(`data pack could not be stored: ${(error as Error).message}`)
          return { ok: false, reason: 'storage-failed', detail: (error as Error).message }
        }
        current = { dataset: check.dataset, origin: 'imported', signer: check.signer.name }
        currentSignerId = check.signer.id
        return { ok: true, info: current }
      }),

    revertToBundled: () =>
      serial(async () => {
        // The high-water mark stays: reverting never re-opens the door to an older pack.
        if (await fileExists(fs, currentFile)) await fs.rename(currentFile, previousFile)
        current = bundledInfo
        currentSignerId = null
        return current
      })
  }
}
