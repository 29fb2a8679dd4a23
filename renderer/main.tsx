// Start-up: choose the platform, restore preferences, set the language, render.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { PlatformContext } from './bridge/platform-context'
import { selectPlatform } from './bridge/select-platform'
import { App } from './components/app/App'
import { createI18n, languageFromLocale } from './i18n/i18n'
import { useDataStore } from './store/data-store'
import { PreferencesContext } from './store/preferences-context'
import { createPreferencesStore } from './store/preferences-store'
import './styles/tokens.css'
import './styles/base.css'

async function start() {
  const platform = selectPlatform(window)
  const preferences = createPreferencesStore(languageFromLocale(navigator.languages), platform)
  // Settings and data load together before the first render, so the first paint is the comparison.
  await Promise.all([
    preferences.hydrate().catch((error: unknown) => console.error('settings could not be loaded', error)),
    useDataStore.getState().load(platform)
  ])
  const i18n = createI18n(preferences.store.getState().language)
  // Switch i18next in the same tick as the preference, so a language change is one render, not two.
  preferences.store.subscribe((state, previous) => {
    if (state.language !== previous.language) void i18n.changeLanguage(state.language)
  })

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PlatformContext value={platform}>
        <PreferencesContext value={preferences.store}>
          <I18nextProvider i18n={i18n}>
            <App />
          </I18nextProvider>
        </PreferencesContext>
      </PlatformContext>
    </StrictMode>
  )
}

void start()
