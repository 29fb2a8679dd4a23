// What each kind of slide shows: the title (what this is and how old its evidence is), the bottom
// line, a criterion across the chosen messengers, a messenger's first steps, and a slide's sources.
import { useTranslation } from 'react-i18next'
import { newestEvidence } from '../../../common/dataset/freshness'
import type { Dataset, Language, Messenger, Source } from '../../../common/dataset/schema'
import { formatCompactDate, formatDate } from '../../format/dates'
import { useReferenceLine } from '../../hooks/use-reference-line'
import { quotedTitle } from '../../logic/evidence'
import { keySource } from '../../logic/handout-references'
import type { Slide } from '../../logic/presentation-deck'
import { InShortCard } from '../in-short/InShort'
import { VerdictBadge } from '../verdict/VerdictBadge'

interface SlideProps {
  slide: Slide
  dataset: Dataset
  messengers: readonly Messenger[]
  language: Language
  summaries: boolean
}

export function SlideContent({ slide, dataset, messengers, language, summaries }: SlideProps) {
  const { t } = useTranslation()
  switch (slide.kind) {
    case 'title': {
      const evidence = newestEvidence(messengers.flatMap((m) => Object.values(m.cells).flatMap((cell) => cell.sources)))
      return (
        <div className="presentation__cover">
          <h2 className="presentation__title">{t('app.title')}</h2>
          <p className="presentation__question">{t('app.tagline')}</p>
          <p className="presentation__dates">
            {t('footer.dataset', { version: dataset.version, date: formatDate(dataset.date, language) })}
            {evidence && (
              <>
                <br />
                {t('presentation.newestEvidence', { date: formatCompactDate(evidence, language) })}
              </>
            )}
          </p>
          <p className="presentation__warning">{t('presentation.accessWarning')}</p>
        </div>
      )
    }
    case 'in-short':
      return (
        <>
          <h2 className="presentation__title presentation__title--in-short">
            {t('presentation.inShortTitle')}
            {slide.parts > 1 && ` ${t('presentation.part', { part: slide.part, parts: slide.parts })}`}
          </h2>
          <div className="presentation__in-short">
            {slide.messengers.map((messenger) => (
              <InShortCard key={messenger.id} dataset={dataset} messenger={messenger} language={language} />
            ))}
          </div>
        </>
      )
    case 'criterion':
      return (
        <>
          <header className="presentation__header">
            <p className="presentation__area">{slide.area.title[language]}</p>
            <h2 className="presentation__title">{slide.criterion.title[language]}</h2>
            <p className="presentation__question">{slide.criterion.question[language]}</p>
            {slide.criterion.scale === 'access' && (
              <p className="presentation__scale">
                {t('scale.access')}: {t('scale.accessQuestion')}
              </p>
            )}
          </header>
          <ul className="presentation__messengers">
            {messengers.map((messenger) => {
              const cell = messenger.cells[slide.criterion.id]
              return (
                <li key={messenger.id} className={`presentation__card${messenger.reference ? ' presentation__card--reference' : ''}`}>
                  <p className="presentation__name">
                    {messenger.name}
                    {messenger.reference && <span className="presentation__reference"> · {t('matrix.reference')}</span>}
                  </p>
                  {cell && (
                    <>
                      <VerdictBadge verdict={cell.verdict} />
                      <p className="presentation__answer">{cell.answer[language]}</p>
                      {summaries && <p className="presentation__summary">{cell.summary[language]}</p>}
                    </>
                  )}
                </li>
              )
            })}
          </ul>
        </>
      )
    case 'checklist':
      return (
        <>
          <header className="presentation__header">
            <p className="presentation__area">{t('presentation.checklistArea')}</p>
            <h2 className="presentation__title">{slide.messenger.name}</h2>
          </header>
          <ol className="presentation__steps">
            {slide.items.map((item) => (
              <li key={item.id}>
                <span className="presentation__step-title">{item.title[language]}</span>
                {summaries && <span className="presentation__summary">{item.detail[language]}</span>}
              </li>
            ))}
          </ol>
        </>
      )
  }
}

/** One key source per answer or step on the slide (the first strong one listed); the app has the rest. */
export function SlideSources({ slide, dataset, messengers, language }: Omit<SlideProps, 'summaries'>) {
  const { t } = useTranslation()
  const referenceLine = useReferenceLine(dataset.publishers, language)
  const rows: { label: string; source: Source }[] =
    slide.kind === 'criterion'
      ? messengers.flatMap((m) => {
          const cell = m.cells[slide.criterion.id]
          return cell ? [{ label: m.name, source: keySource(cell.sources, dataset.publishers) }] : []
        })
      : slide.kind === 'checklist'
        ? slide.items.map((item) => ({ label: item.title[language], source: keySource(item.sources, dataset.publishers) }))
        : []
  return (
    <aside className="presentation__sources" aria-labelledby="presentation-sources-title">
      <h3 id="presentation-sources-title">{t('presentation.sourcesTitle')}</h3>
      {rows.length === 0 ? (
        <p>{t('presentation.sourcesElsewhere')}</p>
      ) : (
        <ul>
          {rows.map(({ label, source }) => {
            const { view, line } = referenceLine(source)
            return (
              <li key={label}>
                <strong>{label}:</strong> {line} — {quotedTitle(view)}
              </li>
            )
          })}
        </ul>
      )}
    </aside>
  )
}
