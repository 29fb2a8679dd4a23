// The comparison table: messengers as columns, areas as row groups, one row per criterion.
// Arrow keys move between cells (one tab stop for the whole grid); Enter opens a cell.
// A long table is built a batch of rows at a time (see use-row-window.ts), so every interaction stays
// quick however many criteria the data has.
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../common/dataset/schema'
import { VERDICTS } from '../../../common/dataset/vocabulary'
import { marksAnything, rowShowsMatch } from '../../logic/search'
import type { CellRef } from '../../store/view-store'
import { Highlight } from '../common/Highlight'
import { nextGridPosition, type GridPosition } from './grid-keys'
import { MatrixCell, type CellLabels } from './MatrixCell'
import { PAINT_MARK } from './paint-mark'
import { ROW_BATCH, useRowWindow } from './use-row-window'
import type { VisibleMatrix } from './use-visible-matrix'
import './matrix.css'

interface Props {
  /** The rows and columns to show, worked out once by the screen (which also counts the matches). */
  visible: VisibleMatrix
  language: Language
  today: string
  onOpenCell: (cell: CellRef) => void
}

export function Matrix(props: Props) {
  const { language, today, onOpenCell } = props
  const { t } = useTranslation()
  const { messengers, groups, search } = props.visible
  const [active, setActive] = useState<GridPosition>({ row: 0, column: 0 })
  const tableRef = useRef<HTMLTableElement>(null)
  const rowCount = groups.reduce((n, g) => n + g.criteria.length, 0)
  const { rowLimit, showRows, moreRef } = useRowWindow(rowCount)
  const labels = useMemo<CellLabels>(
    () => ({
      verdicts: Object.fromEntries(VERDICTS.map((v) => [v, t(`verdict.${v}`)])) as CellLabels['verdicts'],
      outdated: t('matrix.outdated'),
      missing: t('matrix.missing'),
      context: (messenger, criterion) => t('matrix.cellContext', { messenger, criterion })
    }),
    [t]
  )
  const openCell = useCallback((messengerId: string, criterionId: string) => onOpenCell({ messengerId, criterionId }), [onOpenCell])
  const focusCell = useCallback((row: number, column: number) => setActive({ row, column }), [])
  const activeRow = Math.min(active.row, Math.max(0, rowCount - 1))
  const activeColumn = Math.min(active.column, Math.max(0, messengers.length - 1))

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const next = nextGridPosition(event.key, { row: activeRow, column: activeColumn }, rowCount, messengers.length, event.ctrlKey)
    if (!next) return
    event.preventDefault()
    moveTo(next)
  }
  /** Focus onto a cell; a row not built yet is built first, so focus has somewhere to go. */
  const moveTo = (next: GridPosition) => {
    if (next.row >= rowLimit) flushSync(() => showRows(next.row + 1))
    setActive(next)
    tableRef.current?.querySelector<HTMLElement>(`[data-row="${next.row}"][data-column="${next.column}"]`)?.focus()
  }
  // Focus moves to the first new row: the button may be gone (the last batch) and must not drop focus to the page.
  const showNextBatch = () => {
    const first = rowLimit
    flushSync(() => showRows(first + ROW_BATCH))
    moveTo({ row: first, column: 0 })
  }

  if (messengers.length === 0) return <p className="matrix-empty">{t('matrix.allHidden')}</p>
  // Rows are numbered across areas for keyboard movement: each group starts after the previous ones.
  const firstRows = groups.map((_, index) => groups.slice(0, index).reduce((n, g) => n + g.criteria.length, 0))
  return (
    <div className="matrix-scroller">
      <p className="matrix-hint">{t('matrix.keyboardHint')}</p>
      <table className="matrix" ref={tableRef} onKeyDown={onKeyDown}>
        <caption className="visually-hidden">{t('matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__corner">
              {t('matrix.criterion')}
            </th>
            {messengers.map((messenger) => (
              <th
                key={messenger.id}
                scope="col"
                className={`matrix__messenger${messenger.reference ? ' matrix__messenger--reference' : ''}`}
                data-messenger={messenger.id}
              >
                <span className="matrix__messenger-name">{messenger.name}</span>
                <span className="matrix__operator">{messenger.operator[language]}</span>
                {messenger.reference && (
                  <span className="matrix__reference-tag" title={t('matrix.referenceHint')}>
                    {t('matrix.reference')}
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map(({ area, criteria }, groupIndex) =>
          firstRows[groupIndex]! >= rowLimit ? null : (
            <tbody key={area.id} className="matrix__area" data-area={area.id}>
              <tr>
                <th scope="colgroup" colSpan={messengers.length + 1} className="matrix__area-heading">
                  <h3 className="matrix__area-title">{area.title[language]}</h3>
                  <p className="matrix__area-description">{area.description[language]}</p>
                </th>
              </tr>
              {criteria.slice(0, rowLimit - firstRows[groupIndex]!).map((criterion, indexInGroup) => {
                const row = firstRows[groupIndex]! + indexInGroup
                return (
                  <tr key={criterion.id} data-criterion={criterion.id}>
                    <th scope="row" className="matrix__criterion">
                      <span className="matrix__criterion-title" {...(row === 0 ? { elementtiming: PAINT_MARK } : {})}>
                        <Highlight text={criterion.title[language]} search={search} />
                      </span>
                      <span className="matrix__criterion-question">
                        <Highlight text={criterion.question[language]} search={search} />
                      </span>
                      {criterion.scale === 'access' && <span className="matrix__scale-tag">{t('scale.access')}</span>}
                      {search && !rowShowsMatch(criterion, messengers, language, search) && (
                        <span className="matrix__match-elsewhere">{t('matrix.matchElsewhere')}</span>
                      )}
                    </th>
                    {messengers.map((messenger, column) => {
                      const cell = messenger.cells[criterion.id]
                      return (
                        <MatrixCell
                          key={messenger.id}
                          cell={cell}
                          messengerId={messenger.id}
                          messengerName={messenger.name}
                          isReference={messenger.reference}
                          criterionId={criterion.id}
                          criterionTitle={criterion.title[language]}
                          language={language}
                          // Only cells with a word to mark get the search, so the others stay memoised while typing.
                          search={cell && marksAnything(cell.answer[language], search) ? search : null}
                          today={today}
                          reviewMonths={criterion.review.months}
                          row={row}
                          column={column}
                          isActive={row === activeRow && column === activeColumn}
                          labels={labels}
                          onFocus={focusCell}
                          onOpen={openCell}
                        />
                      )
                    })}
                  </tr>
                )
              })}
            </tbody>
          )
        )}
      </table>
      {rowLimit < rowCount && (
        <div className="matrix-more" ref={moreRef}>
          <button type="button" className="button" onClick={showNextBatch}>
            {t('matrix.showMore', { count: Math.min(ROW_BATCH, rowCount - rowLimit), shown: rowLimit, total: rowCount })}
          </button>
        </div>
      )}
    </div>
  )
}
