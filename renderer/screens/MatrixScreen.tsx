// The comparison: the bottom line, how to read it, the filters and the table, and its exports.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { CopyAge } from '../components/app/CopyAge'
import { Legend } from '../components/app/Legend'
import { Screen } from '../components/common/Screen'
import { InShort } from '../components/in-short/InShort'
import { ExportButtons } from '../components/matrix/ExportButtons'
import { Matrix } from '../components/matrix/Matrix'
import { MatrixToolbar } from '../components/matrix/MatrixToolbar'
import { useVisibleMatrix } from '../components/matrix/use-visible-matrix'
import { useToday } from '../hooks/use-today'
import { useComparisonExport } from '../hooks/use-comparison-export'
import { staleCells } from '../../common/dataset/stale-cells'
import { useData, useDataset } from '../store/data-store'
import { usePreferences } from '../store/preferences-context'
import { useViewStore } from '../store/view-store'

export function MatrixScreen() {
  const { t } = useTranslation()
  const dataset = useDataset()
  const today = useToday()
  const isDesktop = useData((s) => s.appInfo?.electronVersion != null)
  const { language, areaFilter, hiddenMessengers, addedMessengers, setAreaFilter, toggleMessenger } = usePreferences(
    useShallow((s) => ({
      language: s.language,
      areaFilter: s.areaFilter,
      hiddenMessengers: s.hiddenMessengers,
      addedMessengers: s.addedMessengers,
      setAreaFilter: s.setAreaFilter,
      toggleMessenger: s.toggleMessenger
    }))
  )
  const { searchQuery, setSearchQuery, openDetails, setPresenting } = useViewStore(
    useShallow((s) => ({
      searchQuery: s.searchQuery,
      setSearchQuery: s.setSearchQuery,
      openDetails: s.openDetails,
      setPresenting: s.setPresenting
    }))
  )
  const visible = useVisibleMatrix({ dataset, language, query: searchQuery, areaFilter, hiddenMessengers, addedMessengers })
  // The legend counts the cells of the messengers compared, like everything else on this screen.
  const compared = useMemo(() => ({ ...dataset, messengers: visible.messengers }), [dataset, visible.messengers])
  const cellCount = useMemo(() => compared.messengers.reduce((n, m) => n + Object.keys(m.cells).length, 0), [compared])
  const outdatedCount = useMemo(() => staleCells(compared, today).length, [compared, today])
  const exportAs = useComparisonExport()

  return (
    <Screen
      id="matrix"
      title={t('nav.matrix')}
      actions={
        <button type="button" className="button" onClick={() => setPresenting(true)}>
          {t('presentation.start')}
        </button>
      }
    >
      <InShort dataset={dataset} messengers={visible.messengers} language={language} />
      <Legend outdated={outdatedCount} total={cellCount} />
      <CopyAge dataDate={dataset.date} isDesktop={isDesktop} language={language} />
      <MatrixToolbar
        dataset={dataset}
        language={language}
        query={searchQuery}
        areaFilter={areaFilter}
        shownMessengers={visible.messengers.map((m) => m.id)}
        matchCount={visible.matchCount}
        onQueryChange={setSearchQuery}
        onAreaChange={setAreaFilter}
        onToggleMessenger={toggleMessenger}
      />
      <Matrix visible={visible} language={language} today={today} onOpenCell={openDetails} />
      <ExportButtons onExport={exportAs} />
    </Screen>
  )
}
