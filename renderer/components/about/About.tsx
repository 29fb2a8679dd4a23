// Methodology (from the dataset), which data and app version are in use, and how to report an error.
import { useTranslation } from 'react-i18next'
import type { AppInfo, DatasetInfo, DatasetOrigin, PackImportResult } from '../../../common/ipc-contract'
import type { Dataset, Language } from '../../../common/dataset/schema'
import { formatDate } from '../../format/dates'
import { staleCells } from '../../../common/dataset/stale-cells'
import { CopyAge } from '../app/CopyAge'
import { ProvenanceLines } from '../common/ProvenanceLines'
import type { PackOutcome } from '../../store/view-store'
import { paragraphs } from '../details/CellDetails'
import { Screen } from '../common/Screen'
import { DataPackPanel } from './DataPackPanel'
import './about.css'

interface Props {
  dataset: Dataset
  origin: DatasetOrigin
  appInfo: AppInfo | null
  signer: string | null
  language: Language
  today: string
  packOutcome: PackOutcome | null
  onImport: (file: File) => Promise<PackImportResult>
  onRevert: () => Promise<DatasetInfo>
}

export function About({ dataset, origin, signer, appInfo, language, today, packOutcome, onImport, onRevert }: Props) {
  const { t } = useTranslation()
  const cells = dataset.messengers.flatMap((m) => Object.values(m.cells))
  const outdated = staleCells(dataset, today).length
  return (
    <Screen id="about" title={t('about.title')} className="about">
      <div className="about__facts">
        <section aria-labelledby="about-dataset">
          <h3 id="about-dataset">{t('about.datasetHeading')}</h3>
          <p data-testid="about-dataset">
            {t('about.dataset', {
              version: dataset.version,
              date: formatDate(dataset.date, language),
              origin: t(`footer.origin.${origin}`, { signer })
            })}{' '}
            {t('about.cells', { count: cells.length })} {outdated > 0 && t('about.outdated', { count: outdated })}
          </p>
          <CopyAge dataDate={dataset.date} isDesktop={appInfo?.electronVersion != null} language={language} />
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
        <section aria-labelledby="about-provenance">
          <h3 id="about-provenance">{t('provenance.heading')}</h3>
          <ProvenanceLines
            appVersion={appInfo?.appVersion ?? null}
            dataVersion={dataset.version}
            dataDate={dataset.date}
            language={language}
          />
        </section>
      </div>
      <DataPackPanel
        language={language}
        isDesktop={appInfo?.electronVersion != null}
        trustsPacks={(appInfo?.trustedPackKeys ?? 0) > 0}
        origin={origin}
        outcome={packOutcome}
        onImport={onImport}
        onRevert={onRevert}
      />
      {dataset.methodology.map((section) => (
        <section key={section.id} className="about__section" aria-labelledby={`method-${section.id}`} data-section={section.id}>
          <h3 id={`method-${section.id}`}>{section.title[language]}</h3>
          {paragraphs(section.body[language]).map((text) => (
            <p key={text}>{text}</p>
          ))}
        </section>
      ))}
    </Screen>
  )
}
