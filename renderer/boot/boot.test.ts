// The boot script (in <head>) applies the saved language and theme before the first paint (in the
// desktop app they come from main, through the preload, not from localStorage), puts the first
// screen in that language in place, and loads the data and the app only after the first paint.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BOOT_PREFERENCES_GLOBAL } from '../../common/boot-preferences'
import { DESKTOP_API_GLOBAL } from '../../common/ipc-contract'
import { WEB_SETTINGS_KEY } from '../bridge/web-settings-key'
import {
  APP_STARTED_ATTRIBUTE,
  BOOTED_ATTRIBUTE,
  EARLY_CLICKS_GLOBAL,
  FIRST_SCREENS_GLOBAL,
  LINKED_SCREEN_ATTRIBUTE,
  MISSING_FILES_ATTRIBUTE,
  PRERENDERED_ATTRIBUTE,
  START_FAILED_ATTRIBUTE,
  WAITING_ATTRIBUTE
} from './prerender-ids'

const globals = window as unknown as Record<string, unknown>
const html = document.documentElement
/** The scripts the boot script added, held rather than run (jsdom would fail to load them at once). */
let added: HTMLScriptElement[] = []
const addedScripts = () => added.map((s) => s.getAttribute('src'))
/** The first frame and the task after it. */
const frames = () => vi.runAllTimers()
const root = () => document.getElementById('root')!
/** The listeners each import of the boot script adds to window, removed after each test. */
let windowListeners: Parameters<typeof window.addEventListener>[] = []

beforeEach(() => {
  document.body.innerHTML =
    '<script data-first-screen="./assets/first-screen-{language}.js" data-web-data="./assets/dataset.js" data-app="./assets/app.js"></script>' +
    '<div id="root" data-prerendered="en"><h1>English</h1></div>'
  added = []
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => void added.push(...(nodes as HTMLScriptElement[])))
  windowListeners = []
  const addEventListener = window.addEventListener.bind(window)
  vi.spyOn(window, 'addEventListener').mockImplementation((...listener: Parameters<typeof window.addEventListener>) => {
    windowListeners.push(listener)
    addEventListener(...listener)
  })
  vi.useFakeTimers()
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(callback, 1))
})

afterEach(() => {
  for (const name of [BOOT_PREFERENCES_GLOBAL, FIRST_SCREENS_GLOBAL, DESKTOP_API_GLOBAL, EARLY_CLICKS_GLOBAL]) delete globals[name]
  localStorage.clear()
  delete html.dataset.theme
  for (const [type, listener] of windowListeners) window.removeEventListener(type, listener)
  for (const attribute of [
    WAITING_ATTRIBUTE,
    BOOTED_ATTRIBUTE,
    MISSING_FILES_ATTRIBUTE,
    LINKED_SCREEN_ATTRIBUTE,
    APP_STARTED_ATTRIBUTE,
    START_FAILED_ATTRIBUTE
  ])
    html.removeAttribute(attribute)
  window.location.hash = ''
  vi.restoreAllMocks()
  vi.clearAllTimers()
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.resetModules()
})

describe('the boot script', () => {
  it('uses the language and theme main handed over, ahead of anything in localStorage', async () => {
    localStorage.setItem(WEB_SETTINGS_KEY, JSON.stringify({ language: 'en', theme: 'light' }))
    globals[BOOT_PREFERENCES_GLOBAL] = { language: 'ru', theme: 'dark' }
    await import('./boot')
    expect(html.lang).toBe('ru')
    expect(html.dataset.theme).toBe('dark')
  })

  it("falls back to the web edition's saved settings", async () => {
    localStorage.setItem(WEB_SETTINGS_KEY, JSON.stringify({ language: 'ru', theme: 'light' }))
    await import('./boot')
    expect(html.lang).toBe('ru')
    expect(html.dataset.theme).toBe('light')
  })

  it('keeps the page in its prerendered language when that is the reader’s, and loads nothing before the first frame', async () => {
    localStorage.setItem(WEB_SETTINGS_KEY, JSON.stringify({ language: 'en' }))
    await import('./boot')
    expect(root().textContent).toBe('English')
    expect(html.hasAttribute(WAITING_ATTRIBUTE)).toBe(false)
    expect(addedScripts()).toEqual([])
    frames()
    // After the first frame: the data, then the app, run in that order.
    expect(addedScripts()).toEqual(['./assets/dataset.js', './assets/app.js'])
    expect(added.every((s) => !s.async)).toBe(true)
  })

  it('says which file is missing when the data or the app cannot be loaded, and nothing while they load', async () => {
    await import('./boot')
    // index.html's notice about missing files stays hidden from here on unless one fails to load.
    expect(html.hasAttribute(BOOTED_ATTRIBUTE)).toBe(true)
    frames()
    const [data, app] = added
    data!.dispatchEvent(new Event('load'))
    expect(html.hasAttribute(MISSING_FILES_ATTRIBUTE)).toBe(false)
    app!.dispatchEvent(new Event('error'))
    expect(html.getAttribute(MISSING_FILES_ATTRIBUTE)).toBe('./assets/app.js')
  })

  it('says the app could not start when an error escapes before it has started, and only then', async () => {
    await import('./boot')
    frames()
    const [, app] = added
    app!.dispatchEvent(new Event('load'))
    expect(html.hasAttribute(START_FAILED_ATTRIBUTE)).toBe(false)
    // A browser extension's error, or a promise something else left unhandled, says nothing about the app
    // (the app reports its own failure to start as an error: main.tsx).
    window.dispatchEvent(new ErrorEvent('error', { message: 'inpage', filename: 'chrome-extension://abc/inpage.js' }))
    window.dispatchEvent(new Event('unhandledrejection'))
    expect(html.hasAttribute(START_FAILED_ATTRIBUTE)).toBe(false)
    // A browser too old for the app's script, or a fault while starting.
    window.dispatchEvent(new ErrorEvent('error', { message: 'SyntaxError', filename: 'file:///copy/assets/app.js' }))
    expect(html.getAttribute(START_FAILED_ATTRIBUTE)).toBe('web')
    // Once the app has started (main.tsx marks it), an error is the app's own business.
    html.removeAttribute(START_FAILED_ATTRIBUTE)
    html.setAttribute(APP_STARTED_ATTRIBUTE, '')
    window.dispatchEvent(new ErrorEvent('error', { message: 'later' }))
    expect(html.hasAttribute(START_FAILED_ATTRIBUTE)).toBe(false)
  })

  it('gives the desktop app its own advice when it could not start', async () => {
    globals[DESKTOP_API_GLOBAL] = {}
    await import('./boot')
    window.dispatchEvent(new ErrorEvent('error', { message: 'fault' }))
    expect(html.getAttribute(START_FAILED_ATTRIBUTE)).toBe('desktop')
  })

  it('marks a link to another screen, whose prerendered comparison would be the wrong screen, and only that', async () => {
    for (const [hash, marked] of [
      ['#/timeline?q=max', 'timeline'],
      ['#/matrix?cell=max/metadata', null],
      ['#/nonsense', null],
      ['#/%E0%A4%A', null],
      ['', null]
    ] as const) {
      window.location.hash = hash
      vi.resetModules()
      html.removeAttribute(LINKED_SCREEN_ATTRIBUTE)
      await import('./boot')
      expect(html.getAttribute(LINKED_SCREEN_ATTRIBUTE), hash).toBe(marked)
    }
  })

  it('with paint timing, starts the app once the first contentful paint is reported, or after a limit', async () => {
    type Report = (list: { getEntries: () => { name: string }[] }, observer: { disconnect: () => void }) => void
    let report: Report | null = null
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        static supportedEntryTypes = ['paint']
        constructor(callback: Report) {
          report = callback
        }
        observe() {}
      }
    )
    await import('./boot')
    vi.advanceTimersByTime(500)
    report!({ getEntries: () => [{ name: 'first-paint' }] }, { disconnect: vi.fn() })
    vi.advanceTimersByTime(1)
    expect(addedScripts()).toEqual([])
    report!({ getEntries: () => [{ name: 'first-contentful-paint' }] }, { disconnect: vi.fn() })
    vi.advanceTimersByTime(1)
    expect(addedScripts()).toEqual(['./assets/dataset.js', './assets/app.js'])
    // The limit's timer finds it started already: nothing is added twice.
    vi.runAllTimers()
    expect(addedScripts()).toHaveLength(2)
  })

  it('hides the English first screen while the Russian one loads, then shows it', async () => {
    localStorage.setItem(WEB_SETTINGS_KEY, JSON.stringify({ language: 'ru' }))
    await import('./boot')
    expect(html.getAttribute(WAITING_ATTRIBUTE)).toBe('ru')
    expect(addedScripts()).toEqual(['./assets/first-screen-ru.js'])
    globals[FIRST_SCREENS_GLOBAL] = { ru: '<h1>Русский</h1>' }
    added[0]!.dispatchEvent(new Event('load'))
    expect(root().textContent).toBe('Русский')
    expect(root().getAttribute(PRERENDERED_ATTRIBUTE)).toBe('ru')
    expect(html.hasAttribute(WAITING_ATTRIBUTE)).toBe(false)
  })

  it('shows the page again if the Russian first screen cannot be loaded (the app then renders it)', async () => {
    localStorage.setItem(WEB_SETTINGS_KEY, JSON.stringify({ language: 'ru' }))
    await import('./boot')
    added[0]!.dispatchEvent(new Event('error'))
    expect(html.hasAttribute(WAITING_ATTRIBUTE)).toBe(false)
    expect(root().getAttribute(PRERENDERED_ATTRIBUTE)).toBe('en')
  })

  it('leaves the page alone if the app took over before the Russian first screen arrived', async () => {
    localStorage.setItem(WEB_SETTINGS_KEY, JSON.stringify({ language: 'ru' }))
    await import('./boot')
    html.removeAttribute(WAITING_ATTRIBUTE) // what the app does when it starts
    root().innerHTML = '<h1>Приложение</h1>'
    globals[FIRST_SCREENS_GLOBAL] = { ru: '<h1>Русский</h1>' }
    added[0]!.dispatchEvent(new Event('load'))
    expect(root().textContent).toBe('Приложение')
  })

  it('uses a first screen already on the page (the portable edition) without loading anything', async () => {
    localStorage.setItem(WEB_SETTINGS_KEY, JSON.stringify({ language: 'ru' }))
    document.body.innerHTML = '<div id="root" data-prerendered="en"><h1>English</h1></div>'
    globals[FIRST_SCREENS_GLOBAL] = { ru: '<h1>Русский</h1>' }
    await import('./boot')
    expect(root().textContent).toBe('Русский')
    frames()
    expect(addedScripts()).toEqual([])
  })

  it('records the buttons pressed before the app starts', async () => {
    await import('./boot')
    document.querySelector('#root h1')!.insertAdjacentHTML('afterend', '<button id="ru">Русский</button>')
    document.getElementById('ru')!.click()
    expect(globals[EARLY_CLICKS_GLOBAL]).toEqual([document.getElementById('ru')])
  })

  it('loads only the app in the desktop app, whose data comes from main', async () => {
    globals[DESKTOP_API_GLOBAL] = {}
    await import('./boot')
    frames()
    expect(addedScripts()).toEqual(['./assets/app.js'])
  })
})
