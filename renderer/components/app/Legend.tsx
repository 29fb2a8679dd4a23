// What the verdicts mean, shown above the table: two scales for two different questions, so that
// "works in Russia" is never read as "protects you".
import { useTranslation } from 'react-i18next'
import { SCALE_VERDICTS, SCALES } from '../../../common/dataset/vocabulary'
import { VerdictBadge } from '../verdict/VerdictBadge'

/** `outdated`: how many of `total` answers are older than six months (announced once, above the table). */
export function Legend({ outdated, total }: { outdated: number; total: number }) {
  const { t } = useTranslation()
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend__title">
        {t('legend.title')}
      </h2>
      <p className="legend__intro">{t('legend.intro')}</p>
      {SCALES.map((scale) => (
        <div key={scale} className="legend__scale" data-scale={scale}>
          <h3 className="legend__scale-title">
            {t(`scale.${scale}`)}: <span className="legend__scale-question">{t(`scale.${scale}Question`)}</span>
          </h3>
          <ul className="legend__items">
            {SCALE_VERDICTS[scale].map((verdict) => (
              <li key={verdict} className="legend__item">
                <VerdictBadge verdict={verdict} />
                <span>{t(`verdictMeaning.${verdict}`)}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {outdated > 0 && <p className="legend__outdated">{t('legend.outdated', { count: outdated, total })}</p>}
    </section>
  )
}
