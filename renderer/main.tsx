// Start-up: choose the platform, restore preferences, set the language, render.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { PlatformContext } from './bridge/platform-context'
import { selectPlatform } from './bridge/select-platform'
import { App } from './components/app/App'
import { createI18n, languageFromLocale } from './i18n/i18n'
import { PreferencesContext } from './store/preferences-context'
import { createPreferencesStore } from './store/preferences-store'
import './styles/tokens.css'
import './styles/base.css'

const platform = selectPlatform(window)
const preferences = createPreferencesStore(languageFromLocale(navigator.languages), window.localStorage)
const i18n = createI18n(preferences.getState().language)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PlatformContext value={platform}>
      <PreferencesContext value={preferences}>
        <I18nextProvider i18n={i18n}>
          <App />
        </I18nextProvider>
      </PreferencesContext>
    </PlatformContext>
  </StrictMode>
)
