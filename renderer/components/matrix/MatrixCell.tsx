// One messenger × criterion: verdict and short answer; activating it opens the details.
import { useTranslation } from 'react-i18next'
import type { Cell, Criterion, Language, Messenger } from '../../../data/schema'
import { VerdictBadge } from '../verdict/VerdictBadge'

interface Props {
  cell: Cell | undefined
  messenger: Messenger
  criterion: Criterion
  language: Language
  onOpen: () => void
}

export function MatrixCell({ cell, messenger, criterion, language, onOpen }: Props) {
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
  return (
    <td className={className}>
      <button
        type="button"
        className="matrix__cell-button"
        aria-label={t('matrix.openCell', {
          messenger: messenger.name,
          criterion: criterion.title[language],
          verdict: t(`verdict.${cell.verdict}`),
          answer
        })}
        aria-haspopup="dialog"
        onClick={onOpen}
      >
        <VerdictBadge verdict={cell.verdict} />
        <span className="matrix__answer">{answer}</span>
      </button>
    </td>
  )
}
