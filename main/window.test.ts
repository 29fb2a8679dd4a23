import { describe, expect, it } from 'vitest'
import { mainWindowOptions, secureWebPreferences } from './window'

describe('the main window', () => {
  it('runs the page isolated and sandboxed, without Node, and without network-fetching spellcheck', () => {
    expect(secureWebPreferences('/app/preload.js', false)).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false
    })
  })

  it('has a sensible minimum size that still fits a 1280×720 screen', () => {
    const options = mainWindowOptions('/p', true)
    expect(options.minWidth).toBeLessThanOrEqual(1280)
    expect(options.minHeight).toBeLessThanOrEqual(720)
    expect(options.show).toBe(false)
  })
})
