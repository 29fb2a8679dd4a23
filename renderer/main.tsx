// Start-up: choose the platform, restore preferences and data, then hydrate the prerendered
// comparison (or render afresh when the saved view differs from what was prerendered).
import { useEffect, type ReactNode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { replayClicks, takeEarlyClicks } from './boot/early-clicks'
import { takeOverFirstScreen } from './boot/first-screen'
import { languageForLocale } from '../common/vocabulary'
import { APP_STARTED_ATTRIBUTE, PRERENDERED_ATTRIBUTE, START_FAILED_ATTRIBUTE, WAITING_ATTRIBUTE } from './boot/prerender-ids'
import { selectPlatform } from './bridge/select-platform'
import { AppRoot } from './components/app/AppRoot'
import { createI18n } from './i18n/i18n'
import { loadDataStore } from './store/data-store'
import { loadPreferencesStore } from './store/preferences-store'
import './styles/tokens.css'
import './styles/base.css'
import './styles/print.css'

async function start() {
  const platform = selectPlatform(window)
  // Settings and data load together before the first render, which must match the prerendered page.
  const [preferences, data] = await Promise.all([
    loadPreferencesStore(languageForLocale(navigator.languages), platform),
    loadDataStore(platform)
  ])
  const { language } = preferences.getState()
  const i18n = createI18n(language)
  // Switch i18next in the same tick as the preference, so a language change is one render, not two.
  preferences.subscribe((state, previous) => {
    if (state.language !== previous.language) void i18n.changeLanguage(state.language)
  })

  const container = document.getElementById('root')!
  const globals = window as unknown as Record<string, unknown>
  const earlyClicks = takeEarlyClicks(globals)
  // The portable file runs this before the page has finished parsing: the boot script may not have put
  // the first screen in the reader's language in place yet; it goes in now, and the app hydrates it.
  takeOverFirstScreen(globals, document.documentElement, container, language)
  const started = () => {
    // Shown whatever happened to the first screen in the reader's language: the app is in it now.
    document.documentElement.removeAttribute(WAITING_ATTRIBUTE)
    // An error the start survived (boot.ts) no longer means the buttons do nothing.
    document.documentElement.removeAttribute(START_FAILED_ATTRIBUTE)
    document.documentElement.setAttribute(APP_STARTED_ATTRIBUTE, '')
    container.removeAttribute(PRERENDERED_ATTRIBUTE)
    replayClicks(earlyClicks, container)
  }
  const app = (
    <Started onStarted={started}>
      <AppRoot platform={platform} data={data} preferences={preferences} i18n={i18n} />
    </Started>
  )
  if (container.getAttribute(PRERENDERED_ATTRIBUTE) === language) {
    // A saved filter or a different data pack makes the markup differ; React then renders afresh.
    hydrateRoot(container, app, { onRecoverableError: () => undefined })
  } else {
    container.replaceChildren()
    createRoot(container).render(app)
  }
}

/** Adds no markup (hydration matches); its effect runs once the app's first render is on the page. */
function Started({ onStarted, children }: { onStarted: () => void; children: ReactNode }) {
  useEffect(onStarted, [onStarted])
  return children
}

/** Reported as an error on the page, which the boot script turns into the "could not start" notice. */
function reportStartFailure(error: unknown) {
  if (typeof window.reportError === 'function') window.reportError(error)
  else
    setTimeout(() => {
      throw error
    })
}

start().catch(reportStartFailure)
