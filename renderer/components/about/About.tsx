// Methodology (from the dataset), which data and app version are in use, and how to report an error.
import { useTranslation } from 'react-i18next'
import type { AppInfo, DatasetOrigin } from '../../../common/ipc-contract'
import { isPossiblyOutdated } from '../../../data/freshness'
import type { Dataset, Language } from '../../../data/schema'
import { formatDate } from '../../format/dates'
import { paragraphs } from '../details/CellDetails'
import './about.css'

interface Props {
  dataset: Dataset
  origin: DatasetOrigin
  appInfo: AppInfo | null
  language: Language
  today: string
}

export function About({ dataset, origin, appInfo, language, today }: Props) {
  const { t } = useTranslation()
  const cells = dataset.messengers.flatMap((m) => Object.values(m.cells))
  const outdated = cells.filter((cell) => isPossiblyOutdated(cell.asOf, today)).length
  return (
    <section className="screen about" aria-labelledby="about-title">
      <h2 id="about-title" className="screen__title">
        {t('about.title')}
      </h2>
      <div className="about__facts">
        <section aria-labelledby="about-dataset">
          <h3 id="about-dataset">{t('about.datasetHeading')}</h3>
          <p data-testid="about-dataset">
            {t('about.dataset', { version: dataset.version, date: formatDate(dataset.date, language), origin: t(`footer.origin.${origin}`) })}{' '}
            {t('about.cells', { count: cells.length })} {outdated > 0 && t('about.outdated', { count: outdated })}
          </p>
        </section>
        {appInfo && (
          <section aria-labelledby="about-app">
            <h3 id="about-app">{t('about.appHeading')}</h3>
            <p>
              {t('about.app', {
                version: appInfo.appVersion,
                edition: appInfo.electronVersion === null ? t('about.webEdition') : t('about.desktopEdition')
              })}
            </p>
          </section>
        )}
      </div>
      {dataset.methodology.map((section) => (
        <section key={section.id} className="about__section" aria-labelledby={`method-${section.id}`} data-section={section.id}>
          <h3 id={`method-${section.id}`}>{section.title[language]}</h3>
          {paragraphs(section.body[language]).map((text) => (
            <p key={text}>{text}</p>
          ))}
        </section>
      ))}
    </section>
  )
}
