// Icon + word + colour: the verdict reads the same in greyscale, to a screen reader and on paper.
import { useTranslation } from 'react-i18next'
import type { Verdict } from '../../../common/dataset/schema'
import { VerdictIcon } from './VerdictIcon'
import './verdict.css'

interface Props {
  verdict: Verdict
  /** Given by lists that render many badges, so each badge need not subscribe to i18n itself. */
  label?: string
}

export function VerdictBadge({ verdict, label }: Props) {
  return (
    <span className={`verdict verdict--${verdict}`} data-verdict={verdict}>
      <VerdictIcon verdict={verdict} />
      <span className="verdict__label">{label ?? <TranslatedVerdict verdict={verdict} />}</span>
    </span>
  )
}

function TranslatedVerdict({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation()
  return t(`verdict.${verdict}`)
}
