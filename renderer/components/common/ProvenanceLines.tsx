// Who made this copy, what it carries, where newer copies and mistake reports go, and how to check
// that a copy was not altered: on About and printed on the handout. Nothing here is guessed: a channel
// package.json does not configure is said to be missing.
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../common/dataset/schema'
import { formatDate } from '../../format/dates'
import { PROVENANCE, publisherIn } from '../../format/provenance'

interface Props {
  appVersion: string | null
  dataVersion: string
  dataDate: string
  language: Language
}

export function ProvenanceLines({ appVersion, dataVersion, dataDate, language }: Props) {
  const { t } = useTranslation()
  const { reportTo, newerCopies } = PROVENANCE
  const publisher = publisherIn(language)
  return (
    <ul className="provenance" data-testid="provenance">
      <li>{t('provenance.publisher', { publisher, app: appVersion ?? '?', data: dataVersion, date: formatDate(dataDate, language) })}</li>
      <li>{newerCopies ? t('provenance.newerCopies', { where: newerCopies }) : t('provenance.noNewerCopies')}</li>
      <li>{t('provenance.check')}</li>
      <li>{reportTo ? t('provenance.reportTo', { where: reportTo.value }) : t('provenance.noReportTo')}</li>
    </ul>
  )
}
