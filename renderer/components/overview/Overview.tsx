// One glance per messenger: how many criteria in each area got each verdict; the reference apart.
import { useTranslation } from 'react-i18next'
import type { Dataset, Language, Messenger } from '../../../data/schema'
import { VERDICTS } from '../../../data/vocabulary'
import { countVerdicts } from '../../logic/verdict-counts'
import { groupCriteriaByArea } from '../../store/selectors'
import { VerdictIcon } from '../verdict/VerdictIcon'
import './overview.css'
import { Screen } from '../common/Screen'

interface Props {
  dataset: Dataset
  language: Language
  onOpenArea: (areaId: string) => void
}

function MessengerCard({ messenger, dataset, language, onOpenArea }: Props & { messenger: Messenger }) {
  const { t } = useTranslation()
  return (
    <article className={`overview-card${messenger.reference ? ' overview-card--reference' : ''}`} data-messenger={messenger.id}>
      <header className="overview-card__header">
        <h3 className="overview-card__name">{messenger.name}</h3>
        <p className="overview-card__operator">{messenger.operator[language]}</p>
        {messenger.reference && <p className="overview-card__reference">{t('overview.referenceNote')}</p>}
      </header>
      <ul className="overview-card__areas">
        {groupCriteriaByArea(dataset).map(({ area, criteria }) => {
          const counts = countVerdicts(messenger, criteria)
          return (
            <li key={area.id} className="overview-card__area">
              <button
                type="button"
                className="tile-button overview-card__area-button"
                onClick={() => onOpenArea(area.id)}
                title={t('overview.seeArea', { area: area.title[language] })}
              >
                <span className="overview-card__area-title">{area.title[language]}</span>
                <span className="visually-hidden">{t('worries.tally', counts)}</span>
                <span className="overview-card__tally" aria-hidden="true">
                  {VERDICTS.map((verdict) => (
                    <span key={verdict} className={`tally tally--${verdict} verdict--${verdict}`} title={t(`verdict.${verdict}`)}>
                      <VerdictIcon verdict={verdict} />
                      {counts[verdict]}
                    </span>
                  ))}
                </span>
              </button>
            </li>
          )
        })}
      </ul>
    </article>
  )
}

export function Overview(props: Props) {
  const { t } = useTranslation()
  return (
    <Screen id="overview" title={t('overview.title')} intro={t('overview.intro')}>
      <div className="overview-grid">
        {props.dataset.messengers.map((messenger) => (
          <MessengerCard key={messenger.id} {...props} messenger={messenger} />
        ))}
      </div>
    </Screen>
  )
}
