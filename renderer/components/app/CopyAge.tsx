// How old this whole copy is, and how to get a newer one: the app is passed on as a file, so a copy
// can be months old by the time someone opens it, and blocking status changes week to week.
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../common/dataset/schema'
import { formatDate } from '../../format/dates'

export function CopyAge({ dataDate, isDesktop, language }: { dataDate: string; isDesktop: boolean; language: Language }) {
  const { t } = useTranslation()
  return (
    <p className="copy-age" data-testid="copy-age">
      {t('copyAge.line', { date: formatDate(dataDate, language) })} {t(isDesktop ? 'copyAge.howDesktop' : 'copyAge.howWeb')}
    </p>
  )
}
