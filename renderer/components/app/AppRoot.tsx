// The providers around the app, shared by the browser entry and the build-time prerender.
import { StrictMode } from 'react'
import type { i18n } from 'i18next'
import { I18nextProvider } from 'react-i18next'
import { PlatformContext } from '../../bridge/platform-context'
import type { Platform } from '../../bridge/platform'
import { DataContext, type DataStore } from '../../store/data-store'
import { PreferencesContext } from '../../store/preferences-context'
import type { PreferencesStore } from '../../store/preferences-store'
import { App } from './App'
import { AppBoundary } from './AppBoundary'

interface Props {
  platform: Platform
  data: DataStore
  preferences: PreferencesStore
  i18n: i18n
}

export function AppRoot({ platform, data, preferences, i18n }: Props) {
  return (
    <StrictMode>
      <AppBoundary i18n={i18n}>
        <PlatformContext value={platform}>
          <DataContext value={data}>
            <PreferencesContext value={preferences}>
              <I18nextProvider i18n={i18n}>
                <App />
              </I18nextProvider>
            </PreferencesContext>
          </DataContext>
        </PlatformContext>
      </AppBoundary>
    </StrictMode>
  )
}
