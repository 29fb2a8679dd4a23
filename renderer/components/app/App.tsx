// The app shell: header, sections, the current screen, dialogs, and the dataset footer.
import { useCallback, useEffect, useMemo } from 'react'
import type { TextFileRequest } from '../../../common/ipc-contract'
import type { Dataset } from '../../../common/dataset/schema'
import { useTranslation } from 'react-i18next'
import { usePlatform } from '../../bridge/platform-context'
import { todayIso } from '../../format/today'
import { staleCells } from '../../logic/evidence'
import { importPackFile } from '../../logic/read-pack-file'
import { useData } from '../../store/data-store'
import { usePreferences } from '../../store/preferences-context'
import { findCriterion, findMessenger } from '../../store/selectors'
import { useViewStore } from '../../store/view-store'
import { About } from '../about/About'
import { Checklists } from '../checklists/Checklists'
import { ConfirmLinkDialog } from '../common/ConfirmLinkDialog'
import { NoticeBanner } from '../common/NoticeBanner'
import { Screen } from '../common/Screen'
import { SideBySide } from '../compare/SideBySide'
import { CellDetails } from '../details/CellDetails'
import { AppFooter } from '../footer/AppFooter'
import { AppHeader } from '../header/AppHeader'
import { Matrix, useVisibleMatrix } from '../matrix/Matrix'
import { ExportButtons } from '../matrix/ExportButtons'
import { MatrixToolbar } from '../matrix/MatrixToolbar'
import { useExport } from '../matrix/use-export'
import { ScreenNav } from '../nav/ScreenNav'
import { Overview } from '../overview/Overview'
import { Handout } from '../handout/Handout'
import { Presentation } from '../presentation/Presentation'
import { Timeline } from '../timeline/Timeline'
import { Worries } from '../worries/Worries'
import { InShort } from '../in-short/InShort'
import { CopyAge } from './CopyAge'
import { Legend } from './Legend'
import { useMenuCommands } from './use-menu-commands'
import { usePackDrop } from './use-pack-drop'
import './app.css'

const RECENT_EVENTS = 3

export function App() {
  const platform = usePlatform()
  const { t, i18n } = useTranslation()
  const today = useMemo(() => todayIso(), [])
  const preferences = usePreferences((s) => s)
  const { language, theme } = preferences
  const { status, dataset, origin, signer, appInfo, error, load, use } = useData((s) => s)
  const view = useViewStore()

  useEffect(() => {
    if (status === 'idle') void load(platform)
  }, [status, load, platform])

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language)
    document.documentElement.lang = language
    document.title = t('app.title')
  }, [i18n, language, t])

  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = theme
  }, [theme])

  const matrixView = useVisibleMatrix({
    dataset: dataset ?? EMPTY_DATASET,
    language,
    query: view.searchQuery,
    areaFilter: preferences.areaFilter,
    hiddenMessengers: preferences.hiddenMessengers
  })

  const allCells = useMemo(() => (dataset ? dataset.messengers.flatMap((m) => Object.values(m.cells)) : []), [dataset])
  const outdatedCount = useMemo(() => (dataset ? staleCells(dataset, today).length : 0), [dataset, today])

  const messenger = dataset && view.openCell ? findMessenger(dataset, view.openCell.messengerId) : undefined
  const criterion = dataset && view.openCell ? findCriterion(dataset, view.openCell.criterionId) : undefined
  const cell = messenger && criterion ? messenger.cells[criterion.id] : undefined
  const comparePair: [string, string] = view.comparePair ?? [dataset?.messengers[0]?.id ?? '', dataset?.messengers[1]?.id ?? '']

  const saveText = useCallback(async (request: TextFileRequest) => (await platform.saveTextFile(request)).saved, [platform])
  const exportAs = useExport(dataset ?? EMPTY_DATASET, language, saveText)

  const importPack = async (file: File) => {
    const result = await importPackFile(file, platform)
    if (result.ok) use(result.info)
    view.setPackOutcome({ kind: 'import', result })
    return result
  }

  // A dropped data pack is imported, then the About screen says what happened.
  usePackDrop((file) => {
    view.showScreen('about')
    void importPack(file)
  })

  // The next frame, so the handout is on screen before it is printed.
  const afterRender = (action: () => void) => void requestAnimationFrame(action)
  useMenuCommands(platform, {
    'show-screen': ({ screen }) => view.showScreen(screen),
    'set-language': ({ language: next }) => preferences.setLanguage(next),
    'set-theme': ({ theme: next }) => preferences.setTheme(next),
    present: () => view.setPresenting(true),
    print: () => {
      view.showScreen('handout')
      afterRender(() => window.print())
    },
    'save-handout-pdf': () => {
      view.showScreen('handout')
      afterRender(() => void platform.saveHandoutPdf(`messenger-handout-${dataset?.version ?? ''}-${language}.pdf`))
    },
    export: ({ format }) => void exportAs(format),
    'pack-result': ({ result }) => {
      if (result.ok) use(result.info)
      view.setPackOutcome({ kind: 'import', result })
      view.showScreen('about')
    }
  })

  const openLink = async () => {
    const url = view.pendingLink
    view.settleLink()
    if (url) await platform.openLink(url)
  }

  return (
    <div className="app">
      <AppHeader language={language} theme={theme} onLanguageChange={preferences.setLanguage} onThemeChange={preferences.setTheme} />
      <ScreenNav screen={view.screen} onSelect={view.showScreen} />
      <main className="app__main">
        {preferences.notice && (
          <NoticeBanner message={t(preferences.notice === 'reset' ? 'notice.settingsReset' : 'notice.settingsRepaired')} onDismiss={preferences.dismissNotice} />
        )}
        {error && (
          <p role="alert" className="app__error">
            {t('status.error', { message: error })}
          </p>
        )}
        {status === 'loading' && !dataset && <p className="app__status">{t('status.loading')}</p>}
        {dataset && view.screen === 'overview' && (
          <Overview
            dataset={dataset}
            language={language}
            onOpenCell={view.openDetails}
            onOpenArea={(areaId) => {
              preferences.setAreaFilter(areaId)
              view.showScreen('matrix')
            }}
          />
        )}
        {dataset && view.screen === 'matrix' && (
          <Screen
            id="matrix"
            title={t('nav.matrix')}
            actions={
              <button type="button" className="button" onClick={() => view.setPresenting(true)}>
                {t('presentation.start')}
              </button>
            }
          >
            <InShort dataset={dataset} language={language} />
            <Legend outdated={outdatedCount} total={allCells.length} />
            <CopyAge dataDate={dataset.date} isDesktop={appInfo?.electronVersion != null} language={language} />
            <MatrixToolbar
              dataset={dataset}
              language={language}
              query={view.searchQuery}
              areaFilter={preferences.areaFilter}
              hiddenMessengers={preferences.hiddenMessengers}
              matchCount={matrixView.matchCount}
              onQueryChange={view.setSearchQuery}
              onAreaChange={preferences.setAreaFilter}
              onToggleMessenger={preferences.toggleMessenger}
            />
            <Matrix
              dataset={dataset}
              language={language}
              today={today}
              query={view.searchQuery}
              areaFilter={preferences.areaFilter}
              hiddenMessengers={preferences.hiddenMessengers}
              onOpenCell={view.openDetails}
            />
            <ExportButtons onExport={exportAs} />
          </Screen>
        )}
        {dataset && view.screen === 'worries' && (
          <Worries
            dataset={dataset}
            language={language}
            selectedConcerns={preferences.selectedConcerns}
            onToggleConcern={preferences.toggleConcern}
            onApplyPreset={preferences.setConcerns}
            onOpenCell={view.openDetails}
          />
        )}
        {dataset && view.screen === 'checklists' && (
          <Checklists
            dataset={dataset}
            language={language}
            ticks={preferences.checklistTicks}
            onToggle={preferences.toggleChecklistItem}
            onExport={async (suggestedName, content) => (await platform.saveTextFile({ suggestedName, content, format: 'markdown' })).saved}
            onOpenLink={view.requestLink}
          />
        )}
        {dataset && view.screen === 'compare' && (
          <SideBySide dataset={dataset} language={language} pair={comparePair} onPairChange={view.setComparePair} onOpenCell={view.openDetails} />
        )}
        {dataset && view.screen === 'timeline' && <Timeline dataset={dataset} language={language} onOpenLink={view.requestLink} />}
        {dataset && view.screen === 'handout' && (
          <Handout
            dataset={dataset}
            language={language}
            isDesktop={appInfo?.electronVersion != null}
            onPrint={() => window.print()}
            onSavePdf={async (name) => (await platform.saveHandoutPdf(name)).saved}
          />
        )}
        {dataset && origin && view.screen === 'about' && (
          <About
            dataset={dataset}
            origin={origin}
            signer={signer}
            appInfo={appInfo}
            language={language}
            today={today}
            packOutcome={view.packOutcome}
            onImport={importPack}
            onRevert={async () => {
              const info = await platform.revertToBundledData()
              use(info)
              view.setPackOutcome({ kind: 'revert', info })
              return info
            }}
          />
        )}
      </main>
      {dataset && origin && <AppFooter dataset={dataset} origin={origin} signer={signer} appInfo={appInfo} language={language} />}
      {dataset && messenger && criterion && cell && (
        <CellDetails
          key={`${messenger.id}/${criterion.id}`}
          messenger={messenger}
          criterion={criterion}
          area={dataset.areas.find((a) => a.id === criterion.area)}
          cell={cell}
          recentEvents={dataset.timeline.filter((e) => e.messengers.includes(messenger.id)).slice(-RECENT_EVENTS).reverse()}
          publishers={dataset.publishers}
          language={language}
          today={today}
          onClose={view.closeDetails}
          onOpenLink={view.requestLink}
        />
      )}
      {dataset && view.presenting && <Presentation dataset={dataset} language={language} onExit={() => view.setPresenting(false)} />}
      {view.pendingLink && <ConfirmLinkDialog key={view.pendingLink} url={view.pendingLink} onConfirm={openLink} onCancel={view.settleLink} />}
    </div>
  )
}

const EMPTY_DATASET: Dataset = {
  version: '0.0.0',
  date: '1970-01-01',
  areas: [],
  criteria: [],
  headline: { content: [], access: '', accessRisk: '' },
  messengers: [],
  timeline: [],
  methodology: [],
  checklists: {},
  checklistReview: { months: 6, reason: { en: '-', ru: '-' } },
  concerns: [],
  presets: [],
  publishers: []
}
