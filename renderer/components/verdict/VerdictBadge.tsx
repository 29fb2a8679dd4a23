// Icon + word + colour: the verdict reads the same in greyscale, to a screen reader and on paper.
import { useTranslation } from 'react-i18next'
import type { Verdict } from '../../../data/schema'
import { VerdictIcon } from './VerdictIcon'
import './verdict.css'

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation()
  return (
    <span className={`verdict verdict--${verdict}`} data-verdict={verdict}>
      <VerdictIcon verdict={verdict} />
      <span className="verdict__label">{t(`verdict.${verdict}`)}</span>
    </span>
  )
}
