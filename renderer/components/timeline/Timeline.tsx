// The dated legal and events timeline, newest first, filterable by messenger.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dataset, Language } from '../../../common/dataset/schema'
import { formatDate } from '../../format/dates'
import { SourceList } from '../common/SourceList'
import './timeline.css'
import { Screen } from '../common/Screen'

interface Props {
  dataset: Dataset
  language: Language
  onOpenLink: (url: string) => void
}

export function Timeline({ dataset, language, onOpenLink }: Props) {
  const { t } = useTranslation()
  const [filter, setFilter] = useState<string | null>(null)
  const events = [...dataset.timeline]
    .reverse()
    .filter((event) => !filter || event.messengers.includes(filter) || event.messengers.length === 0)
  const nameOf = (id: string) => dataset.messengers.find((m) => m.id === id)?.name ?? id
  return (
    <Screen id="timeline" title={t('timeline.title')} intro={t('timeline.intro')}>
      <div className="timeline__filter" role="group" aria-label={t('timeline.filterLabel')}>
        <span className="timeline__filter-label">{t('timeline.filterLabel')}:</span>
        {[null, ...dataset.messengers.map((m) => m.id)].map((id) => (
          <button key={id ?? 'all'} type="button" className="chip" aria-pressed={filter === id} onClick={() => setFilter(id)}>
            {id ? nameOf(id) : t('timeline.all')}
          </button>
        ))}
      </div>
      {events.length === 0 ? (
        <p>{t('timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {events.map((event) => (
            <li key={event.id} className="timeline__event" data-event={event.id}>
              <p className="timeline__date">{formatDate(event.date, language)}</p>
              <div className="timeline__body">
                <h3 className="timeline__title">{event.title[language]}</h3>
                <p className="timeline__tags">
                  {event.messengers.length === 0 ? t('timeline.general') : event.messengers.map(nameOf).join(', ')}
                </p>
                <p className="timeline__summary">{event.summary[language]}</p>
                <details className="timeline__sources">
                  <summary>{t('details.sources', { count: event.sources.length })}</summary>
                  <SourceList sources={event.sources} publishers={dataset.publishers} language={language} onOpenLink={onOpenLink} />
                </details>
              </div>
            </li>
          ))}
        </ol>
      )}
    </Screen>
  )
}
