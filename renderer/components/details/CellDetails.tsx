// The details of one cell in a modal dialog: answer, summary, notes, sources, the two dates (reviewed,
// newest evidence) with the freshness rule they are judged by, and the latest events for this messenger.
import { useTranslation } from 'react-i18next'
import type { Area, Cell, Criterion, Dataset, Language, Messenger, TimelineEvent } from '../../../common/dataset/schema'
import { formatDate } from '../../format/dates'
import { cellFreshness } from '../../../common/dataset/stale-cells'
import { VerdictBadge } from '../verdict/VerdictBadge'
import { SourceList } from '../common/SourceList'
import { useBackdropDismiss } from '../common/use-backdrop-dismiss'
import { useModalDialog } from '../common/use-modal-dialog'
import './details.css'

interface Props {
  messenger: Messenger
  criterion: Criterion
  area: Area | undefined
  cell: Cell
  recentEvents: TimelineEvent[]
  publishers: Dataset['publishers']
  language: Language
  today: string
  onClose: () => void
  onOpenLink: (url: string) => void
}

export const paragraphs = (text: string) => text.split(/\n{2,}/).filter(Boolean)

export function CellDetails({ messenger, criterion, area, cell, recentEvents, publishers, language, today, onClose, onOpenLink }: Props) {
  const { t } = useTranslation()
  const dialogRef = useModalDialog()
  const backdrop = useBackdropDismiss()
  const freshness = cellFreshness(criterion, cell, today)

  return (
    <dialog ref={dialogRef} className="details" aria-labelledby="details-title" onClose={onClose} {...backdrop}>
      <header className="details__header">
        <p className="details__context">
          {messenger.name}
          {messenger.reference && <span className="details__reference"> · {t('details.reference')}</span>}
          {area && <> · {area.title[language]}</>}
        </p>
        <h2 id="details-title" className="details__title">
          {criterion.title[language]}
        </h2>
        <button type="button" className="button details__close" onClick={() => dialogRef.current?.close()}>
          {t('details.close')}
        </button>
      </header>
      <div className="details__body">
        <p className="details__question">{criterion.question[language]}</p>
        <p className="details__scale" data-scale={criterion.scale}>
          <strong>{t(`scale.${criterion.scale}`)}</strong>: {t(`scale.${criterion.scale}Question`)}
        </p>
        <div className="details__verdict">
          <VerdictBadge verdict={cell.verdict} />
          <strong className="details__answer">{cell.answer[language]}</strong>
        </div>
        <p className="details__summary">{cell.summary[language]}</p>
        <dl className="details__dates">
          <div>
            <dt>{t('details.reviewedLabel')}</dt>
            <dd data-testid="details-reviewed">{formatDate(freshness.reviewed, language)}</dd>
          </div>
          <div>
            <dt>{t('details.evidenceLabel')}</dt>
            <dd data-testid="details-evidence">{freshness.evidence ? formatDate(freshness.evidence, language) : t('details.undated')}</dd>
          </div>
        </dl>
        <p className="details__review-rule">
          {t('details.reviewEvery', { count: freshness.intervalMonths })} {criterion.review.reason[language]}
        </p>
        {freshness.stale && (
          <p className="details__outdated" role="note">
            {t(`details.stale.${freshness.stale}`, {
              count: freshness.intervalMonths,
              reviewed: formatDate(freshness.reviewed, language),
              evidence: freshness.evidence ? formatDate(freshness.evidence, language) : t('details.undated')
            })}
          </p>
        )}
        <section aria-labelledby="details-notes">
          <h3 id="details-notes" className="details__section-title">
            {t('details.notes')}
          </h3>
          {paragraphs(cell.notes[language]).map((text) => (
            <p key={text} className="details__notes">
              {text}
            </p>
          ))}
        </section>
        <section aria-labelledby="details-sources">
          <h3 id="details-sources" className="details__section-title">
            {t('details.sources', { count: cell.sources.length })}
          </h3>
          <SourceList sources={cell.sources} publishers={publishers} language={language} onOpenLink={onOpenLink} />
        </section>
        {recentEvents.length > 0 && (
          <section className="details__recent" aria-labelledby="details-events">
            <h3 id="details-events" className="details__section-title">
              {t('details.recentEvents')}
            </h3>
            <ul className="details__events">
              {recentEvents.map((event) => (
                <li key={event.id}>
                  <span className="details__event-date">{formatDate(event.date, language)}</span> {event.title[language]}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </dialog>
  )
}
