// The app shell: header, sections, notices, the current screen (from the screen registry; the
// comparison is kept once built, see KeptComparison), the overlays above it and the dataset footer.
// Screens and overlays read their own state.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { useDocumentSync } from '../../hooks/use-document-sync'
import { useScreenIntoView } from '../../hooks/use-screen-into-view'
import { SCREEN_COMPONENTS } from '../../screens/registry'
import { useData } from '../../store/data-store'
import { usePreferences } from '../../store/preferences-context'
import { useViewStore } from '../../store/view-store'
import { NoticeBanner } from '../common/NoticeBanner'
import { AppFooter } from '../footer/AppFooter'
import { AppHeader } from '../header/AppHeader'
import { ScreenNav } from '../nav/ScreenNav'
import { AppCommands } from './AppCommands'
import { KeptComparison } from './KeptComparison'
import { ErrorBoundary } from './ErrorBoundary'
import { DatasetOverlays, LinkConfirmation } from './Overlays'
import { UrlSync } from './UrlSync'
import './app.css'

export function App() {
  const { t } = useTranslation()
  useDocumentSync()
  const { language, theme, setLanguage, setTheme, notice, dismissNotice } = usePreferences(
    useShallow((s) => ({
      language: s.language,
      theme: s.theme,
      setLanguage: s.setLanguage,
      setTheme: s.setTheme,
      notice: s.notice,
      dismissNotice: s.dismissNotice
    }))
  )
  const { dataset, origin, signer, appInfo, error } = useData(
    useShallow((s) => ({ dataset: s.dataset, origin: s.origin, signer: s.signer, appInfo: s.appInfo, error: s.error }))
  )
  const screen = useViewStore((s) => s.screen)
  const showScreen = useViewStore((s) => s.showScreen)
  const CurrentScreen = SCREEN_COMPONENTS[screen]
  useScreenIntoView(screen)
  // Built the first time it is shown, then kept (KeptComparison says why).
  const [comparisonBuilt, setComparisonBuilt] = useState(screen === 'matrix')
  if (screen === 'matrix' && !comparisonBuilt) setComparisonBuilt(true)

  const screenFailed = (
    <p role="alert" className="app__error">
      {t('status.screenFailed')}
    </p>
  )

  return (
    <div className="app">
      <AppHeader language={language} theme={theme} onLanguageChange={setLanguage} onThemeChange={setTheme} />
      <ScreenNav screen={screen} onSelect={showScreen} />
      <main className="app__main">
        {notice && (
          <NoticeBanner message={t(notice === 'reset' ? 'notice.settingsReset' : 'notice.settingsRepaired')} onDismiss={dismissNotice} />
        )}
        {error && (
          <p role="alert" className="app__error">
            {t('status.error', { message: error })}
          </p>
        )}
        {dataset && comparisonBuilt && (
          <ErrorBoundary fallback={screen === 'matrix' && screenFailed}>
            <KeptComparison shown={screen === 'matrix'} />
          </ErrorBoundary>
        )}
        {dataset && screen !== 'matrix' && (
          <ErrorBoundary key={screen} fallback={screenFailed}>
            <CurrentScreen />
          </ErrorBoundary>
        )}
      </main>
      {dataset && origin && <AppFooter dataset={dataset} origin={origin} signer={signer} appInfo={appInfo} language={language} />}
      {dataset && <DatasetOverlays />}
      {dataset && <AppCommands />}
      {dataset && <UrlSync />}
      <LinkConfirmation />
    </div>
  )
}
