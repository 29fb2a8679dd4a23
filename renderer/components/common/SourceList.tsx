// The evidence behind a claim: who published it (from the registry), what kind of voice and how
// strong it is, whether it is a copy of someone else's story, when, and where.
import { useTranslation } from 'react-i18next'
import type { Dataset, Language, Source } from '../../../common/dataset/schema'
import { formatDate } from '../../format/dates'
import { describeSource, quotedTitle } from '../../logic/evidence'
import './sources.css'

interface Props {
  sources: Source[]
  publishers: Dataset['publishers']
  language: Language
  /** Asks to open a URL; the app confirms with the user first. */
  onOpenLink: (url: string) => void
}

export function SourceList({ sources, publishers, language, onOpenLink }: Props) {
  const { t } = useTranslation()
  return (
    <ol className="sources">
      {sources.map((source) => {
        const view = describeSource(source, publishers, language)
        return (
          <li key={`${source.url}|${view.title}`} className="source" data-tier={view.tier ?? 'unknown'}>
            <p className="source__title">{quotedTitle(view)}</p>
            <p className="source__meta">
              <span className="source__publisher">{view.publisher}</span>
              {view.kind && <span className={`source__kind source__kind--${view.kind}`}>{t(`sourceKind.${view.kind}`)}</span>}
              <span className="source__tier">{t(`sourceTier.${view.tier ?? 'unknown'}`)}</span>
              {view.state !== 'none' && <span className="source__state">{t(`sourceState.${view.state}`)}</span>}
              {source.published && <span>{t('details.published', { date: formatDate(source.published, language) })}</span>}
              <span>{t('details.checked', { date: formatDate(source.checked, language) })}</span>
            </p>
            {view.copyOf && (
              <p className="source__copy-of">
                {t('details.copyOf', { publisher: view.copyOf.publisher })}
                {view.copyOf.url && (
                  <>
                    {' '}
                    <button type="button" className="source__open" onClick={() => onOpenLink(view.copyOf!.url!)}>
                      {t('details.openOriginal')}
                    </button>
                  </>
                )}
              </p>
            )}
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
        )
      })}
    </ol>
  )
}
