// One messenger × criterion: verdict and short answer; activating it opens the details.
// Rendered 76 times, so it takes translated labels as props and is memoised.
import { memo, useMemo } from 'react'
import { freshnessOf } from '../../../common/dataset/freshness'
import type { Cell, Language, Verdict } from '../../../common/dataset/schema'
import type { SearchQuery } from '../../logic/search'
import { Highlight } from '../common/Highlight'
import { VerdictBadge } from '../verdict/VerdictBadge'

export interface CellLabels {
  verdicts: Record<Verdict, string>
  outdated: string
  missing: string
  /** "WhatsApp — Calls:" for screen readers. */
  context: (messengerName: string, criterionTitle: string) => string
}

interface Props {
  cell: Cell | undefined
  messengerId: string
  messengerName: string
  isReference: boolean
  criterionId: string
  criterionTitle: string
  language: Language
  /** The comparison's search, whose words are marked in the answer. */
  search: SearchQuery | null
  today: string
  /** The criterion's review interval: the flag follows the one rule in common/dataset/freshness.ts. */
  reviewMonths: number
  row: number
  column: number
  isActive: boolean
  labels: CellLabels
  onOpen: (messengerId: string, criterionId: string) => void
  onFocus: (row: number, column: number) => void
}

export const MatrixCell = memo(function MatrixCell(props: Props) {
  const { cell, labels, language } = props
  // Dates do not change with the language: a language switch re-renders every cell, and this need not.
  const outdated = useMemo(
    () => cell !== undefined && freshnessOf(cell, props.reviewMonths, props.today).stale !== null,
    [cell, props.reviewMonths, props.today]
  )
  const className = `matrix__cell${props.isReference ? ' matrix__cell--reference' : ''}`
  if (!cell) {
    return (
      <td className={className} data-messenger-name={props.messengerName}>
        <VerdictBadge verdict="unknown" label={labels.verdicts.unknown} />
        <span className="matrix__answer">{labels.missing}</span>
      </td>
    )
  }
  return (
    <td className={className} data-messenger-name={props.messengerName}>
      <button
        type="button"
        className="tile-button matrix__cell-button"
        data-row={props.row}
        data-column={props.column}
        tabIndex={props.isActive ? 0 : -1}
        aria-haspopup="dialog"
        onClick={() => props.onOpen(props.messengerId, props.criterionId)}
        onFocus={() => props.onFocus(props.row, props.column)}
      >
        {/* The accessible name is the visible text, prefixed with where the cell is. */}
        <span className="visually-hidden">{labels.context(props.messengerName, props.criterionTitle)} </span>
        <VerdictBadge verdict={cell.verdict} label={labels.verdicts[cell.verdict]} />
        <span className="matrix__answer">
          <Highlight text={cell.answer[language]} search={props.search} />
        </span>
        {outdated && <span className="matrix__outdated">{labels.outdated}</span>}
      </button>
    </td>
  )
})
