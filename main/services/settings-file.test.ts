import { describe, expect, it, vi } from 'vitest'
import { memoryFs } from '../../test/fixtures/memory-fs'
import { DEFAULT_SETTINGS } from '../../common/settings-defaults'
import { createSettingsFile } from './settings-file'

const PATH = '/user/settings.json'
const now = () => new Date('2026-11-25T10:00:00Z')

describe('the settings file', () => {
  it('starts with no settings and no notice when there is no file yet', async () => {
    const { fs } = memoryFs()
    expect(await createSettingsFile(PATH, fs, now, vi.fn()).load()).toEqual({ settings: null, notice: null })
  })

  it('writes through a temporary file and reads back what it wrote', async () => {
    const { fs, data } = memoryFs()
    const rename = vi.spyOn(fs, 'rename')
    const file = createSettingsFile(PATH, fs, now, vi.fn())
    const settings = { ...DEFAULT_SETTINGS, language: 'ru' as const, theme: 'dark' as const }
    await file.save(settings)
    expect(rename).toHaveBeenCalledWith(`${PATH}.tmp`, PATH)
    expect(data.has(`${PATH}.tmp`)).toBe(false)
    expect(await file.load()).toEqual({ settings, notice: null })
  })

  it('moves a corrupt file aside, keeps it, and reports a reset', async () => {
    const { fs, data } = memoryFs({ [PATH]: '{"theme": "dark",' })
    const log = vi.fn()
    expect(await createSettingsFile(PATH, fs, now, log).load()).toEqual({ settings: null, notice: 'reset' })
    expect(data.get(`${PATH}.corrupt-2026-11-25T10-00-00-000Z`)).toBe('{"theme": "dark",')
    expect(data.has(PATH)).toBe(false)
    expect(log).toHaveBeenCalledWith(expect.stringContaining('is not valid JSON'))
  })

  it.each(['EPERM', 'EBUSY', 'EISDIR'])(
    'starts with defaults and a notice when the file cannot be read (%s), instead of failing',
    async (code) => {
      const { fs } = memoryFs({ [PATH]: '{}' })
      vi.spyOn(fs, 'readFile').mockRejectedValue(Object.assign(new Error(code), { code }))
      const log = vi.fn()
      expect(await createSettingsFile(PATH, fs, now, log).load()).toEqual({ settings: null, notice: 'reset' })
      expect(log).toHaveBeenCalledWith(expect.stringContaining(`could not be read (${code})`))
    }
  )

  it('reads the file once, so the reset notice still reaches the page after the menu asked first', async () => {
    const { fs } = memoryFs({ [PATH]: 'not json' })
    const file = createSettingsFile(PATH, fs, now, vi.fn())
    await file.load()
    expect(await file.load()).toEqual({ settings: null, notice: 'reset' })
  })

  it('treats valid JSON that is not a settings object as corrupt too', async () => {
    const { fs } = memoryFs({ [PATH]: '[1, 2]' })
    expect(await createSettingsFile(PATH, fs, now, vi.fn()).load()).toMatchObject({ settings: null, notice: 'reset' })
  })

  it('keeps every valid setting when one is invalid or unknown, says so, copies the old file aside and writes the repair', async () => {
    const old = JSON.stringify({
      ...DEFAULT_SETTINGS,
      theme: 'neon',
      language: 'ru',
      selectedConcerns: ['private-calls'],
      fromTheFuture: true
    })
    const { fs, data } = memoryFs({ [PATH]: old })
    const log = vi.fn()
    const loaded = await createSettingsFile(PATH, fs, now, log).load()
    expect(loaded).toEqual({ notice: 'repaired', settings: { ...DEFAULT_SETTINGS, language: 'ru', selectedConcerns: ['private-calls'] } })
    expect(data.get(`${PATH}.before-repair-2026-11-25T10-00-00-000Z`)).toBe(old)
    expect(JSON.parse(data.get(PATH)!)).toEqual({ version: 2, ...DEFAULT_SETTINGS, language: 'ru', selectedConcerns: ['private-calls'] })
    expect(log).toHaveBeenCalledWith(expect.stringContaining('ignored unknown fields fromTheFuture'))
    expect(await createSettingsFile(PATH, fs, now, vi.fn()).load()).toMatchObject({ notice: null })
  })

  it('still loads a file saved before the decision guide replaced priorities, keeping every other setting', async () => {
    const saved = { ...DEFAULT_SETTINGS, theme: 'dark', selectedConcerns: ['private-calls'], weightOverrides: { 'e2ee-calls': 2 } }
    const { fs } = memoryFs({ [PATH]: JSON.stringify(saved) })
    expect(await createSettingsFile(PATH, fs, now, vi.fn()).load()).toMatchObject({
      notice: null,
      settings: { theme: 'dark', selectedConcerns: ['private-calls'] }
    })
  })

  it('queues saves so the last one wins', async () => {
    const { fs } = memoryFs()
    const file = createSettingsFile(PATH, fs, now, vi.fn())
    void file.save({ ...DEFAULT_SETTINGS, theme: 'light' })
    await file.save({ ...DEFAULT_SETTINGS, theme: 'dark' })
    expect((await file.load()).settings?.theme).toBe('dark')
  })
})
