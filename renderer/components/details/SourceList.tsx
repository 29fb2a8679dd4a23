// The evidence behind a claim: who said it, what kind of source it is, when, and where.
import { useTranslation } from 'react-i18next'
import type { Language, Source } from '../../../data/schema'
import { formatDate } from '../../format/dates'

interface Props {
  sources: Source[]
  language: Language
  /** Asks to open a URL; the app confirms with the user first. */
  onOpenLink: (url: string) => void
}

export function SourceList({ sources, language, onOpenLink }: Props) {
  const { t } = useTranslation()
  return (
    <ol className="sources">
      {sources.map((source) => (
        <li key={`${source.url}|${source.title}`} className="source">
          <p className="source__title">{source.title}</p>
          <p className="source__meta">
            <span className={`source__kind source__kind--${source.kind}`}>{t(`sourceKind.${source.kind}`)}</span>
            <span>{source.publisher}</span>
            {source.published && <span>{t('details.published', { date: formatDate(source.published, language) })}</span>}
            <span>{t('details.checked', { date: formatDate(source.checked, language) })}</span>
          </p>
          {source.excerpt && <blockquote className="source__excerpt">{source.excerpt}</blockquote>}
          <p className="source__link">
            <span className="source__url" translate="no">
              {source.url}
            </span>
            <button type="button" className="source__open" onClick={() => onOpenLink(source.url)}>
              {t('details.openSource')}
            </button>
          </p>
        </li>
      ))}
    </ol>
  )
}
