// The bottom line per messenger ("In short"): both headline answers and a few plain sentences from the
// data, each checked against the cells it names. Shown first on the comparison, and reused by the
// overview (with the cells it rests on), the handout and the presentation.
import { newestEvidence } from '../../../common/dataset/freshness'
import { useTranslation } from 'react-i18next'
import { accessStanceOf, contentStanceOf } from '../../../common/dataset/in-short-rules'
import type { Dataset, Language, Messenger } from '../../../common/dataset/schema'
import { formatDate } from '../../format/dates'
import { findCriterion } from '../../logic/dataset-lookups'
import type { CellRef } from '../../store/view-store'
import { HeadlineBadges } from './HeadlineBadges'
import './in-short.css'

interface CardProps {
  dataset: Dataset
  messenger: Messenger
  language: Language
  /** Given where there is room: each sentence then lists the cells it summarises, as links. */
  onOpenCell?: (cell: CellRef) => void
}

export function InShortCard({ dataset, messenger, language, onOpenCell }: CardProps) {
  const { t } = useTranslation()
  const accessCell = messenger.cells[dataset.headline.access]
  // The newest publication behind the access answer, not the review date: access changes week to week.
  const accessEvidence = accessCell ? newestEvidence(accessCell.sources) : null
  return (
    <article className="in-short-card" data-messenger={messenger.id}>
      <h4 className="in-short-card__name">
        {messenger.name}
        {messenger.reference && <span className="in-short-card__reference"> · {t('matrix.reference')}</span>}
      </h4>
      <HeadlineBadges content={contentStanceOf(messenger, dataset.headline)} access={accessStanceOf(messenger, dataset.headline)} />
      {onOpenCell ? (
        <ul className="in-short-card__sentences">
          {messenger.inShort.map((sentence) => (
            <li key={sentence.stance + sentence.cells.join()}>
              {sentence.text[language]}{' '}
              <span className="in-short-card__based">
                {t('inShort.basedOn')}:{' '}
                {sentence.cells.map((id, index) => (
                  <span key={id}>
                    {index > 0 && ', '}
                    <button type="button" className="cell-link" onClick={() => onOpenCell({ messengerId: messenger.id, criterionId: id })}>
                      {findCriterion(dataset, id)?.title[language] ?? id}
                    </button>
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="in-short-card__text">{messenger.inShort.map((s) => s.text[language]).join(' ')}</p>
      )}
      {accessEvidence && (
        <p className="in-short-card__evidence">{t('inShort.accessEvidence', { date: formatDate(accessEvidence, language) })}</p>
      )}
    </article>
  )
}

/** The bottom line of each messenger compared (the comparison's choice). */
export function InShort({ dataset, messengers, language }: { dataset: Dataset; messengers: readonly Messenger[]; language: Language }) {
  const { t } = useTranslation()
  return (
    <section className="in-short" aria-labelledby="in-short-title">
      <h3 id="in-short-title" className="in-short__title">
        {t('inShort.title')}
      </h3>
      <p className="in-short__note">{t('inShort.note')}</p>
      <div className="in-short__cards">
        {messengers.map((messenger) => (
          <InShortCard key={messenger.id} dataset={dataset} messenger={messenger} language={language} />
        ))}
      </div>
    </section>
  )
}
