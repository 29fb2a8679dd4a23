// What the four verdicts mean, shown above the table.
import { useTranslation } from 'react-i18next'
import { VERDICTS } from '../../../data/vocabulary'
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
      <ul className="legend__items">
        {VERDICTS.map((verdict) => (
          <li key={verdict} className="legend__item">
            <VerdictBadge verdict={verdict} />
            <span>{t(`verdictMeaning.${verdict}`)}</span>
          </li>
        ))}
      </ul>
      {outdated > 0 && <p className="legend__outdated">{t('legend.outdated', { count: outdated, total })}</p>}
    </section>
  )
}
