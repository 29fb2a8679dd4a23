// The settings file in the user-data folder: read tolerantly (every valid field kept, the same rules
// as the web edition), written atomically (temp file + rename) with its version; an unreadable file
// is moved aside and a partly invalid one copied aside, never deleted.
import { dirname } from 'node:path'
import type { SettingsLoad } from '../../common/ipc-contract'
import type { Settings } from '../../common/settings'
import { sanitiseSettings, settingsFileContent } from '../../common/settings-sanitise'
import type { Log } from '../security'
import type { StorageFs } from './fs-port'

export interface SettingsFile {
  load(): Promise<SettingsLoad>
  save(settings: Settings): Promise<void>
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT'

export function createSettingsFile(path: string, fs: StorageFs, now: () => Date, log: Log): SettingsFile {
  let writes: Promise<void> = Promise.resolve()
  // Read once: the menu and the page both ask, and a reset notice must reach the page.
  let loaded: Promise<SettingsLoad> | null = null

  const stamp = () => now().toISOString().replace(/[:.]/g, '-')

  async function moveAside(reason: string): Promise<SettingsLoad> {
    const keptAs = `${path}.corrupt-${stamp()}`
    await fs.rename(path, keptAs).catch(() => undefined)
    log(`settings file ${reason}: reset to defaults, old file kept as ${keptAs}`)
    return { settings: null, notice: 'reset' }
  }

  async function readSettings(): Promise<SettingsLoad> {
    let text: string
    try {
      text = await fs.readFile(path, 'utf8')
    } catch (error) {
      if (isMissing(error)) return { settings: null, notice: null }
      // Antivirus locks (EBUSY), permissions (EPERM), a folder in its place (EISDIR): start with
      // defaults and say so, rather than fail the start-up with the window never shown.
      return moveAside(`could not be read (${(error as NodeJS.ErrnoException)?.code ?? 'error'})`)
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      return moveAside('is not valid JSON')
    }
    const read = sanitiseSettings(json)
    if (!read) return moveAside('is not a settings object')
    if (read.ignored.length > 0) log(`settings file: ignored unknown fields ${read.ignored.join(', ')}`)
    if (read.dropped.length === 0) return { settings: read.settings, notice: null }
    // Keep a copy of what was there, then write the repaired settings so the valid ones survive a restart.
    const keptAs = `${path}.before-repair-${stamp()}`
    await fs.writeFile(keptAs, text).catch(() => undefined)
    log(`settings file: invalid ${read.dropped.join(', ')} set back to defaults, the rest kept; old file copied to ${keptAs}`)
    await save(read.settings).catch(() => undefined)
    return { settings: read.settings, notice: 'repaired' }
  }

  function save(settings: Settings): Promise<void> {
    // Writes are queued so a slow disk never interleaves two saves.
    writes = writes
      .catch(() => undefined)
      .then(async () => {
        const temporary = `${path}.tmp`
        await fs.mkdir(dirname(path), { recursive: true })
        await fs.writeFile(temporary, `${JSON.stringify(settingsFileContent(settings), null, 2)}\n`)
        await fs.rename(temporary, path)
      })
    return writes
  }

  return {
    load() {
      loaded ??= readSettings()
      return loaded
    },

    save(settings) {
      loaded = Promise.resolve({ settings, notice: null })
      return save(settings)
    }
  }
}
