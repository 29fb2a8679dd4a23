// The boot script applies the saved language and theme before the first paint; in the desktop app
// they come from main (through the preload), which has the settings file, not from localStorage.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BOOT_PREFERENCES_GLOBAL } from '../../common/boot-preferences'
import { WEB_SETTINGS_KEY } from '../bridge/web-settings-key'

afterEach(() => {
  delete (window as unknown as Record<string, unknown>)[BOOT_PREFERENCES_GLOBAL]
  localStorage.clear()
  delete document.documentElement.dataset.theme
  vi.resetModules()
})

describe('the boot script', () => {
  it('uses the language and theme main handed over, ahead of anything in localStorage', async () => {
    localStorage.setItem(WEB_SETTINGS_KEY, JSON.stringify({ language: 'en', theme: 'light' }))
    ;(window as unknown as Record<string, unknown>)[BOOT_PREFERENCES_GLOBAL] = { language: 'ru', theme: 'dark' }
    await import('./boot')
    expect(document.documentElement.lang).toBe('ru')
    expect(document.documentElement.dataset.theme).toBe('dark')
  })

  it("falls back to the web edition's saved settings", async () => {
    localStorage.setItem(WEB_SETTINGS_KEY, JSON.stringify({ language: 'ru', theme: 'light' }))
    await import('./boot')
    expect(document.documentElement.lang).toBe('ru')
    expect(document.documentElement.dataset.theme).toBe('light')
  })
})
