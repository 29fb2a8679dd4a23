// Runs in <head>, before anything is painted: applies the saved language and theme (so nobody sees
// the wrong language or a flash of the wrong theme), puts the first screen in that language in place,
// and starts the app only once the first screen has been painted.
// The web edition's index.html carries one language's prerendered first screen and nothing else the
// first viewport does not need: another language's first screen, the dataset and the app are scripts
// this loads (the portable edition inlines them instead, so nothing is loaded).
// Kept tiny and dependency-free.
import { BOOT_PREFERENCES_GLOBAL } from '../../common/boot-preferences'
import { DESKTOP_API_GLOBAL } from '../../common/ipc-contract'
import { DEFAULT_SCREEN, isLanguage, isTheme, languageForLocale } from '../../common/vocabulary'
import { WEB_SETTINGS_KEY } from '../bridge/web-settings-key'
import { screenOfHash } from '../logic/hash-screen'
import { showFirstScreen } from './first-screen'
import {
  APP_STARTED_ATTRIBUTE,
  BOOTED_ATTRIBUTE,
  EARLY_CLICKS_GLOBAL,
  LINKED_SCREEN_ATTRIBUTE,
  MISSING_FILES_ATTRIBUTE,
  PAGE_LANGUAGE,
  START_FAILED_ATTRIBUTE,
  WAITING_ATTRIBUTE
} from './prerender-ids'

type Globals = Record<string, unknown>
const html = document.documentElement
// Set first, before anything is painted: from here on the stylesheet keeps index.html's notice about
// missing files hidden unless a script fails to load (below).
html.setAttribute(BOOTED_ATTRIBUTE, '')

function savedSettings(): { language?: unknown; theme?: unknown } {
  // The desktop app: main handed over the saved settings (through the preload) before this ran.
  const fromMain = (window as unknown as Globals)[BOOT_PREFERENCES_GLOBAL]
  if (typeof fromMain === 'object' && fromMain !== null) return fromMain
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(WEB_SETTINGS_KEY) ?? '{}')
    return typeof parsed === 'object' && parsed !== null ? parsed : {}
  } catch {
    return {}
  }
}

/** A script that runs in the order it was added relative to the others added here (async = false).
 * `onDone` runs once it has run or failed to load; `onFailed` only if it failed to load. */
function addScript(src: string, { onDone, onFailed }: { onDone?: () => void; onFailed?: () => void }) {
  const script = document.createElement('script')
  script.src = src
  script.async = false
  script.onload = () => onDone?.()
  script.onerror = () => {
    onFailed?.()
    onDone?.()
  }
  document.head.append(script)
}

/** A copy passed on without its assets folder (or part of it) would otherwise sit there looking like the
 * app with buttons that do nothing: the notice in index.html says what is wrong instead. */
function showMissingFileNotice(src: string) {
  html.setAttribute(MISSING_FILES_ATTRIBUTE, src)
}

/** Scripts a browser extension puts in the page: their errors say nothing about the app. */
const EXTENSION_SCRIPT = /^(chrome|moz|safari(-web)?)-extension:/

/** A script that loads but cannot run (a browser too old for it) or an app that fails while starting
 * would leave the prerendered page looking like the app, with buttons that do nothing: an error that
 * escapes before the app has started shows index.html's notice saying so. The app reports its own
 * failure to start the same way (main.tsx). (A script that cannot be loaded fires its error on the
 * script element, not here: that is the missing-files notice.) */
function reportStartFailures(edition: 'web' | 'desktop') {
  window.addEventListener('error', (event) => {
    if (EXTENSION_SCRIPT.test(event.filename ?? '') || html.hasAttribute(APP_STARTED_ATTRIBUTE)) return
    html.setAttribute(START_FAILED_ATTRIBUTE, edition)
  })
}

/** Once #root and the rest of the page have been parsed. */
function whenParsed(run: () => void) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true })
  else run()
}

/** If the browser never reports a paint (nothing contentful shown), the app starts anyway after this. */
const PAINT_WAIT_LIMIT_MS = 3000

function startAfterFirstPaint(scripts: string[]) {
  let started = false
  const start = () => {
    if (started) return
    started = true
    scripts.forEach((src) => addScript(src, { onFailed: () => showMissingFileNotice(src) }))
  }
  // A hidden page paints nothing, so there is nothing to wait for.
  if (document.visibilityState === 'hidden') return start()
  // The first contentful paint is reported once it is on the screen; starting the app any earlier
  // (its script takes a core for a while) delays the picture on a machine with few cores.
  if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    setTimeout(start, PAINT_WAIT_LIMIT_MS)
    try {
      new PerformanceObserver((list, observer) => {
        if (!list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) return
        observer.disconnect()
        setTimeout(start, 0)
      }).observe({ type: 'paint', buffered: true })
      return
    } catch {
      // Fall through to the frame callback.
    }
  }
  // Without paint timing: a frame callback runs just before the frame is painted; the task it queues runs after.
  requestAnimationFrame(() => setTimeout(start, 0))
}

/** The page is shown before the app starts: a button pressed meanwhile is kept, and pressed again once
 * the app is there (main.tsx), rather than lost. Hydration keeps the same elements. */
function recordEarlyClicks() {
  const clicks: Element[] = []
  ;(window as unknown as Globals)[EARLY_CLICKS_GLOBAL] = clicks
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null
      if (button && (window as unknown as Globals)[EARLY_CLICKS_GLOBAL] === clicks) clicks.push(button)
    },
    true
  )
}

// The tag that runs this says what to load (see scripts/vite-prerender.ts); the portable edition inlines it all.
const options = document.querySelector<HTMLScriptElement>('script[data-app]')?.dataset ?? {}
const saved = savedSettings()
const language = isLanguage(saved.language) ? saved.language : languageForLocale(navigator.languages)
// 'system' leaves the attribute off, so the stylesheet follows prefers-color-scheme.
if (isTheme(saved.theme) && saved.theme !== 'system') html.dataset.theme = saved.theme
html.lang = language
recordEarlyClicks()
// The desktop app gets its data from main, so it loads only the app.
const isDesktop = DESKTOP_API_GLOBAL in window
reportStartFailures(isDesktop ? 'desktop' : 'web')
// The prerendered first screen is the comparison; under a link to another screen it would be the
// wrong one for as long as the app takes to start.
const screen = screenOfHash(location.hash)
if (screen && screen !== DEFAULT_SCREEN) html.setAttribute(LINKED_SCREEN_ATTRIBUTE, screen)

if (language !== PAGE_LANGUAGE) {
  // Hidden rather than shown in the wrong language, until its own first screen is in place.
  html.setAttribute(WAITING_ATTRIBUTE, language)
  const show = () => whenParsed(() => showFirstScreen(window as unknown as Globals, html, document.getElementById('root'), language))
  if (options.firstScreen) addScript(options.firstScreen.replace('{language}', language), { onDone: show })
  else show()
}
const scripts = [isDesktop ? undefined : options.webData, options.app].filter((src): src is string => Boolean(src))
whenParsed(() => startAfterFirstPaint(scripts))
