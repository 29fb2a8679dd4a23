import { describe, expect, it, vi } from 'vitest'
import { sanitiseSettings } from './sanitise-settings'
import { createWebPlatform, WEB_SETTINGS_KEY } from './web-platform'

function webPlatform(saved: Record<string, string> = {}) {
  const storage = new Map(Object.entries(saved))
  const open = vi.fn()
  const platform = createWebPlatform({
    document,
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
    userAgent: 'test',
    open,
    createObjectUrl: () => 'blob:test',
    revokeObjectUrl: vi.fn(),
    print: vi.fn()
  })
  return { platform, storage, open }
}

describe('the web edition platform', () => {
  it('round-trips settings through localStorage', async () => {
    const { platform } = webPlatform()
    const settings = { language: 'ru' as const, theme: 'dark' as const, hiddenMessengers: [], areaFilter: null, selectedConcerns: ['x'], checklistTicks: {} }
    await platform.saveSettings(settings)
    expect(await platform.loadSettings()).toEqual({ settings, notice: null })
  })

  it('resets corrupt settings with a notice and keeps the unreadable copy', async () => {
    const { platform, storage } = webPlatform({ [WEB_SETTINGS_KEY]: '{"theme": "dark"' })
    expect(await platform.loadSettings()).toEqual({ settings: null, notice: 'reset' })
    expect(storage.get(`${WEB_SETTINGS_KEY}:corrupt`)).toBe('{"theme": "dark"')
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

describe('sanitiseSettings', () => {
  it('keeps valid fields and drops invalid ones', () => {
    expect(
      sanitiseSettings({ language: 'xx', theme: 'dark', hiddenMessengers: ['ok', 'Not An Id'], weightOverrides: { a: 2 }, checklistTicks: { 'm/i': true, bad: true } })
    ).toEqual({ theme: 'dark', hiddenMessengers: [], areaFilter: null, selectedConcerns: [], checklistTicks: { 'm/i': true } })
  })

  it('refuses something that is not a settings object', () => {
    expect(sanitiseSettings([1, 2])).toBeNull()
    expect(sanitiseSettings('dark')).toBeNull()
  })
})
