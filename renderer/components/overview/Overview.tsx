// One card per messenger compared (the comparison's choice): the bottom line with the cells it rests
// on, then how many criteria in each area got each verdict, counted per scale (protection and access
// never share a tally). The others in the dataset are named, with the way to choose them.
import { useTranslation } from 'react-i18next'
import type { Dataset, Language, Messenger, Verdict } from '../../../common/dataset/schema'
import { SCALE_VERDICTS, SCALES } from '../../../common/dataset/vocabulary'
import { countVerdicts } from '../../logic/verdict-counts'
import { groupCriteriaByArea } from '../../logic/dataset-lookups'
import type { CellRef } from '../../store/view-store'
import { Screen } from '../common/Screen'
import { InShortCard } from '../in-short/InShort'
import { VerdictIcon } from '../verdict/VerdictIcon'
import './overview.css'

interface CardProps {
  dataset: Dataset
  language: Language
  onOpenArea: (areaId: string) => void
  onOpenCell: (cell: CellRef) => void
}

interface Props extends CardProps {
  /** The messengers compared, in the app's order. */
  messengers: readonly Messenger[]
  onChooseMessengers: () => void
}

function MessengerCard({ messenger, dataset, language, onOpenArea, onOpenCell }: CardProps & { messenger: Messenger }) {
  const { t } = useTranslation()
  return (
    <article className={`overview-card${messenger.reference ? ' overview-card--reference' : ''}`} data-messenger={messenger.id}>
      <header className="overview-card__header">
        <h3 className="overview-card__name">{messenger.name}</h3>
        <p className="overview-card__operator">{messenger.operator[language]}</p>
        {messenger.reference && <p className="overview-card__reference">{t('overview.referenceNote')}</p>}
      </header>
      <div className="overview-card__in-short">
        <InShortCard dataset={dataset} messenger={messenger} language={language} onOpenCell={onOpenCell} />
      </div>
      <ul className="overview-card__areas">
        {groupCriteriaByArea(dataset).map(({ area, criteria }) => {
          const counts = countVerdicts(messenger, criteria)
          const scales = SCALES.filter((scale) => criteria.some((c) => c.scale === scale))
          const used = (verdicts: readonly Verdict[]) => verdicts.filter((v) => counts[v] > 0)
          const spoken = scales
            .map(
              (scale) =>
                `${t(`scale.${scale}`)}: ${used(SCALE_VERDICTS[scale])
                  .map((v) => `${t(`verdict.${v}`)} ${counts[v]}`)
                  .join(', ')}`
            )
            .join('; ')
          return (
            <li key={area.id} className="overview-card__area">
              <button type="button" className="tile-button overview-card__area-button" onClick={() => onOpenArea(area.id)}>
                <span className="overview-card__area-title">{area.title[language]}</span>
                <span className="visually-hidden">{spoken}</span>
                {scales.map((scale) => (
                  <span key={scale} className="overview-card__tally" data-scale={scale} aria-hidden="true">
                    {scales.length > 1 && <span className="overview-card__scale">{t(`scale.${scale}`)}</span>}
                    {used(SCALE_VERDICTS[scale]).map((verdict) => (
                      <span key={verdict} className={`tally verdict--${verdict}`}>
                        <VerdictIcon verdict={verdict} />
                        {t(`verdict.${verdict}`)} {counts[verdict]}
                      </span>
                    ))}
                  </span>
                ))}
              </button>
            </li>
          )
        })}
      </ul>
    </article>
  )
}

export function Overview({ messengers, onChooseMessengers, ...card }: Props) {
  const { t } = useTranslation()
  const others = card.dataset.messengers.filter((m) => !messengers.includes(m))
  return (
    <Screen id="overview" title={t('overview.title')} intro={t('overview.intro')}>
      {others.length > 0 && (
        <p className="overview-others">
          {t('overview.others', { names: others.map((m) => m.name).join(', ') })}{' '}
          <button type="button" className="cell-link" onClick={onChooseMessengers}>
            {t('overview.chooseMessengers')}
          </button>
        </p>
      )}
      <div className="overview-grid">
        {messengers.map((messenger) => (
          <MessengerCard key={messenger.id} {...card} messenger={messenger} />
        ))}
      </div>
    </Screen>
  )
}
