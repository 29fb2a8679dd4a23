// One messenger × criterion: verdict and short answer; activating it opens the details.
import { useTranslation } from 'react-i18next'
import { isPossiblyOutdated } from '../../../data/freshness'
import type { Cell, Criterion, Language, Messenger } from '../../../data/schema'
import { VerdictBadge } from '../verdict/VerdictBadge'

interface Props {
  cell: Cell | undefined
  messenger: Messenger
  criterion: Criterion
  language: Language
  today: string
  row: number
  column: number
  isActive: boolean
  onOpen: () => void
  onFocus: () => void
}

export function MatrixCell({ cell, messenger, criterion, language, today, row, column, isActive, onOpen, onFocus }: Props) {
  const { t } = useTranslation()
  const className = `matrix__cell${messenger.reference ? ' matrix__cell--reference' : ''}`
  if (!cell) {
    return (
      <td className={className}>
        <VerdictBadge verdict="unknown" />
        <span className="matrix__answer">{t('matrix.missing')}</span>
      </td>
    )
  }
  const answer = cell.answer[language]
  const outdated = isPossiblyOutdated(cell.asOf, today)
  return (
    <td className={className}>
      <button
        type="button"
        className="matrix__cell-button"
        data-row={row}
        data-column={column}
        tabIndex={isActive ? 0 : -1}
        aria-haspopup="dialog"
        onClick={onOpen}
        onFocus={onFocus}
      >
        {/* The accessible name is the visible text, prefixed with where the cell is. */}
        <span className="visually-hidden">{t('matrix.cellContext', { messenger: messenger.name, criterion: criterion.title[language] })} </span>
        <VerdictBadge verdict={cell.verdict} />
        <span className="matrix__answer">{answer}</span>
        {outdated && <span className="matrix__outdated">{t('matrix.outdated')}</span>}
      </button>
    </td>
  )
}
