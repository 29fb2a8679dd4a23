// Which dataset is in use, and which app: trainers cite these.
import { useTranslation } from 'react-i18next'
import type { AppInfo, DatasetOrigin } from '../../../common/ipc-contract'
import type { Dataset, Language } from '../../../common/dataset/schema'
import { formatDate } from '../../format/dates'
import './footer.css'

interface Props {
  dataset: Dataset
  origin: DatasetOrigin
  signer: string | null
  appInfo: AppInfo | null
  language: Language
}

export function AppFooter({ dataset, origin, signer, appInfo, language }: Props) {
  const { t } = useTranslation()
  return (
    <footer className="app-footer">
      <span data-testid="dataset-version">
        {t('footer.dataset', { version: dataset.version, date: formatDate(dataset.date, language) })} (
        {t(`footer.origin.${origin}`, { signer })})
      </span>
      {appInfo && (
        <span>
          {t('footer.app', { version: appInfo.appVersion })}
          {appInfo.electronVersion === null && <> · {t('footer.webEdition')}</>}
        </span>
      )}
    </footer>
  )
}
