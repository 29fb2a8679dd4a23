import { describe, expect, it } from 'vitest'
import { bootArgument, parseBootArgument, windowBackground } from './boot-preferences'

describe('boot preferences, from main to the first paint', () => {
  it("round-trip through the renderer's command line", () => {
    expect(parseBootArgument(['electron', '--type=renderer', bootArgument({ language: 'ru', theme: 'dark' })])).toEqual({
      language: 'ru',
      theme: 'dark'
    })
  })

  it('are ignored when absent or not valid, so the page falls back to its own choice', () => {
    expect(parseBootArgument(['--type=renderer'])).toBeNull()
    expect(parseBootArgument(['--mp-boot=de:dark'])).toBeNull()
    expect(parseBootArgument(['--mp-boot=ru:neon'])).toBeNull()
  })

  it("give the window the page's background for the theme, so nothing flashes", () => {
    expect(windowBackground('dark', false)).toBe('#15161a')
    expect(windowBackground('system', true)).toBe('#15161a')
    expect(windowBackground('light', true)).toBe('#f6f6f3')
  })
})
