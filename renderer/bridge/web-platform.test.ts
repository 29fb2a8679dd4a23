import { describe, expect, it, vi } from 'vitest'
import { BUNDLED_DATASET_GLOBAL, datasetJsonFromScript, datasetScriptSource } from '../../common/embedded-dataset'
import { createWebPlatform, WEB_SETTINGS_KEY } from './web-platform'

function webPlatform(saved: Record<string, string> = {}, globals: Record<string, unknown> = {}) {
  const storage = new Map(Object.entries(saved))
  const open = vi.fn()
  const platform = createWebPlatform({
    document,
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
    globals,
    userAgent: 'test',
    open,
    createObjectUrl: () => 'blob:test',
    revokeObjectUrl: vi.fn(),
    print: vi.fn()
  })
  return { platform, storage, open }
}

describe('the web edition platform', () => {
  it('reads the dataset the dataset script left, and says so when there is none', async () => {
    const script = datasetScriptSource(JSON.stringify({ version: '9.9.9', note: '</script> stays text' }))
    const globals: Record<string, unknown> = { [BUNDLED_DATASET_GLOBAL]: datasetJsonFromScript(script) }
    const { platform } = webPlatform({}, globals)
    expect((await platform.getDataset()).dataset).toEqual({ version: '9.9.9', note: '</script> stays text' })
    expect(script).not.toContain('</script>')
    await expect(webPlatform().platform.getDataset()).rejects.toThrow('no built-in dataset')
  })

  it('round-trips settings through localStorage', async () => {
    const { platform } = webPlatform()
    const settings = {
      language: 'ru' as const,
      theme: 'dark' as const,
      hiddenMessengers: [],
      addedMessengers: [],
      areaFilter: null,
      selectedConcerns: ['x'],
      checklistTicks: {}
    }
    await platform.saveSettings(settings)
    expect(await platform.loadSettings()).toEqual({ settings, notice: null })
  })

  it('resets corrupt settings with a notice and keeps the unreadable copy', async () => {
    const { platform, storage } = webPlatform({ [WEB_SETTINGS_KEY]: '{"theme": "dark"' })
    expect(await platform.loadSettings()).toEqual({ settings: null, notice: 'reset' })
    expect(storage.get(`${WEB_SETTINGS_KEY}:corrupt`)).toBe('{"theme": "dark"')
  })

  it('repairs partly invalid settings like the desktop app does: keeps the valid fields, says so, and keeps the old copy', async () => {
    const old = JSON.stringify({ theme: 'dark', language: 'xx', selectedConcerns: ['private-calls'], weightOverrides: { a: 2 } })
    const { platform, storage } = webPlatform({ [WEB_SETTINGS_KEY]: old })
    const loaded = await platform.loadSettings()
    expect(loaded).toMatchObject({ notice: 'repaired', settings: { theme: 'dark', selectedConcerns: ['private-calls'] } })
    expect(loaded.settings).not.toHaveProperty('language')
    expect(storage.get(`${WEB_SETTINGS_KEY}:corrupt`)).toBe(old)
    // The repaired settings are written back, so the next start needs no repair.
    expect(await platform.loadSettings()).toMatchObject({ notice: null, settings: { theme: 'dark' } })
  })

  it('opens only https links', async () => {
    const { platform, open } = webPlatform()
    expect(await platform.openLink('javascript:alert(1)')).toEqual({ opened: false })
    expect(await platform.openLink('https://example.org/a')).toEqual({ opened: true })
    expect(open).toHaveBeenCalledWith('https://example.org/a')
  })

  it('saves a text file as a download with the suggested name', async () => {
    const { platform } = webPlatform()
    const clicked: string[] = []
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download)
    })
    expect(await platform.saveTextFile({ suggestedName: 'checklist.md', content: '# x', format: 'markdown' })).toEqual({ saved: true })
    expect(clicked).toEqual(['checklist.md'])
    spy.mockRestore()
  })
})
