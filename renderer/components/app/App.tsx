// The app shell: header, the comparison, the open cell's details, and the dataset footer.
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { usePlatform } from '../../bridge/platform-context'
import { useDataStore } from '../../store/data-store'
import { usePreferences } from '../../store/preferences-context'
import { findCriterion, findMessenger } from '../../store/selectors'
import { useViewStore } from '../../store/view-store'
import { CellDetails } from '../details/CellDetails'
import { AppFooter } from '../footer/AppFooter'
import { AppHeader } from '../header/AppHeader'
import { Matrix } from '../matrix/Matrix'
import { Legend } from './Legend'
import './app.css'

export function App() {
  const platform = usePlatform()
  const { t, i18n } = useTranslation()
  const language = usePreferences((s) => s.language)
  const setLanguage = usePreferences((s) => s.setLanguage)
  const status = useDataStore((s) => s.status)
  const dataset = useDataStore((s) => s.dataset)
  const origin = useDataStore((s) => s.origin)
  const appInfo = useDataStore((s) => s.appInfo)
  const error = useDataStore((s) => s.error)
  const load = useDataStore((s) => s.load)
  const openCell = useViewStore((s) => s.openCell)
  const openDetails = useViewStore((s) => s.openDetails)
  const closeDetails = useViewStore((s) => s.closeDetails)

  useEffect(() => {
    void load(platform)
  }, [load, platform])

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language)
    document.documentElement.lang = language
    document.title = t('app.title')
  }, [i18n, language, t])

  const messenger = dataset && openCell ? findMessenger(dataset, openCell.messengerId) : undefined
  const criterion = dataset && openCell ? findCriterion(dataset, openCell.criterionId) : undefined
  const cell = messenger && criterion ? messenger.cells[criterion.id] : undefined

  return (
    <div className="app">
      <AppHeader language={language} onLanguageChange={setLanguage} />
      <main className="app__main">
        {error && (
          <p role="alert" className="app__error">
            {t('status.error', { message: error })}
          </p>
        )}
        {status === 'loading' && !dataset && <p className="app__status">{t('status.loading')}</p>}
        {dataset && (
          <>
            <Legend />
            <Matrix dataset={dataset} language={language} onOpenCell={openDetails} />
          </>
        )}
      </main>
      {dataset && origin && <AppFooter dataset={dataset} origin={origin} appInfo={appInfo} language={language} />}
      {dataset && messenger && criterion && cell && (
        <CellDetails
          key={`${messenger.id}/${criterion.id}`}
          messenger={messenger}
          criterion={criterion}
          area={dataset.areas.find((a) => a.id === criterion.area)}
          cell={cell}
          language={language}
          onClose={closeDetails}
        />
      )}
    </div>
  )
}
