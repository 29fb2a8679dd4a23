// The last line of defence: a fault outside any screen (the header, the navigation, the footer, a
// dialog) would otherwise leave a blank window. The reader is told what happened, that their saved
// settings are kept, and can start again from the comparison without reopening the app.
// It sits outside the providers, so its words come straight from the i18n instance.
import { useId, useState, type ReactNode } from 'react'
import type { i18n } from 'i18next'
import { useViewStore } from '../../store/view-store'
import { ErrorBoundary } from './ErrorBoundary'
import '../common/common.css'
import './app.css'

export function AppBoundary({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  const [attempt, setAttempt] = useState(0)
  const startAgain = () => {
    // The same view (a dialog, a screen, a deep link in the address) would most likely fail the same
    // way: start from the comparison with nothing open. Saved settings are not touched.
    useViewStore.setState(useViewStore.getInitialState())
    window.history.replaceState(null, '', window.location.pathname + window.location.search)
    // A new key remounts the boundary and everything in it.
    setAttempt((n) => n + 1)
  }
  return (
    <ErrorBoundary key={attempt} fallback={<AppFailed i18n={i18n} onStartAgain={startAgain} />}>
      {children}
    </ErrorBoundary>
  )
}

/** Rendered only once the app has failed, so its words are in the language chosen by then. */
function AppFailed({ i18n, onStartAgain }: { i18n: i18n; onStartAgain: () => void }) {
  const messageId = useId()
  return (
    <main className="app__main app__failed">
      {/* The header went with the rest of the app: the page still has its title as a heading. */}
      <h1 className="visually-hidden">{i18n.t('app.title')}</h1>
      <p id={messageId} role="alert" className="app__error">
        {i18n.t('status.appFailed')}
      </p>
      <button type="button" className="button button--primary" autoFocus aria-describedby={messageId} onClick={onStartAgain}>
        {i18n.t('status.startAgain')}
      </button>
    </main>
  )
}
