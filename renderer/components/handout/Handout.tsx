// A printable A4/Letter handout: the chosen areas and messengers, verdicts and short answers in the
// user's language, the dataset's version and date, and the sources as numbered short references.
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dataset, Language, Source } from '../../../common/dataset/schema'
import { formatDate } from '../../format/dates'
import { toggled } from '../../logic/toggled'
import { InShortCard } from '../in-short/InShort'
import { VerdictBadge } from '../verdict/VerdictBadge'
import { HandoutSources } from './HandoutSources'
import { ProvenanceLines } from '../common/ProvenanceLines'
import './handout.css'

interface Props {
  dataset: Dataset
  language: Language
  isDesktop: boolean
  appVersion: string | null
  onPrint: () => void
  onSavePdf: (suggestedName: string) => Promise<boolean>
}

export function Handout({ dataset, language, isDesktop, appVersion, onPrint, onSavePdf }: Props) {
  const { t } = useTranslation()
  const [areaIds, setAreaIds] = useState(() => dataset.areas.map((a) => a.id))
  const [messengerIds, setMessengerIds] = useState(() => dataset.messengers.map((m) => m.id))
  const [saved, setSaved] = useState(false)
  const messengers = dataset.messengers.filter((m) => messengerIds.includes(m.id))
  const areas = dataset.areas.filter((a) => areaIds.includes(a.id))

  // Each distinct source gets one number, in order of first use.
  const references = useMemo(() => {
    const numbered = new Map<string, { n: number; source: Source }>()
    for (const area of areas)
      for (const criterion of dataset.criteria.filter((c) => c.area === area.id))
        for (const messenger of messengers)
          for (const source of messenger.cells[criterion.id]?.sources ?? [])
            if (!numbered.has(source.url)) numbered.set(source.url, { n: numbered.size + 1, source })
    return numbered
  }, [areas, messengers, dataset.criteria])

  return (
    <section className="screen handout" aria-labelledby="handout-title">
      <div className="handout__controls">
        <h2 id="handout-title" className="screen__title">
          {t('handout.title')}
        </h2>
        <p className="screen__intro">{t('handout.intro')}</p>
        <div className="handout__choices">
          <fieldset>
            <legend>{t('handout.areas')}</legend>
            {dataset.areas.map((area) => (
              <label key={area.id} className="handout__check">
                <input type="checkbox" checked={areaIds.includes(area.id)} onChange={() => setAreaIds((ids) => toggled(ids, area.id))} />
                {area.title[language]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('handout.messengers')}</legend>
            {dataset.messengers.map((m) => (
              <label key={m.id} className="handout__check">
                <input
                  type="checkbox"
                  checked={messengerIds.includes(m.id)}
                  onChange={() => setMessengerIds((ids) => toggled(ids, m.id))}
                />
                {m.name}
              </label>
            ))}
          </fieldset>
        </div>
        <div className="handout__actions">
          <button type="button" className="button button--primary" onClick={onPrint}>
            {t('handout.print')}
          </button>
          {isDesktop && (
            <button
              type="button"
              className="button"
              onClick={async () => setSaved(await onSavePdf(`messenger-handout-${dataset.version}-${language}.pdf`))}
            >
              {t('handout.savePdf')}
            </button>
          )}
          <span role="status">{saved && t('handout.saved')}</span>
        </div>
      </div>

      {/* Focusable: on a phone the preview of the printed page scrolls sideways, and keys must reach that too. */}
      <article className="handout__sheet" lang={language} tabIndex={0} aria-labelledby="handout-sheet-title">
        <header className="handout__sheet-header">
          <h1 id="handout-sheet-title">{t('app.title')}</h1>
          <p>
            {t('footer.dataset', { version: dataset.version, date: formatDate(dataset.date, language) })}
            <br />
            {t('handout.note')}
          </p>
        </header>
        <section className="handout__in-short" aria-labelledby="handout-in-short">
          <h2 id="handout-in-short">{t('handout.inShortHeading')}</h2>
          <div className="handout__in-short-cards">
            {messengers.map((m) => (
              <InShortCard key={m.id} dataset={dataset} messenger={m} language={language} />
            ))}
          </div>
        </section>
        {areas.map((area) => (
          <table key={area.id} className="handout__table">
            <caption>{area.title[language]}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matrix.criterion')}</th>
                {messengers.map((m) => (
                  <th key={m.id} scope="col">
                    {m.name}
                    {m.reference && <span className="handout__reference"> ({t('matrix.reference')})</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dataset.criteria
                .filter((c) => c.area === area.id)
                .map((criterion) => (
                  <tr key={criterion.id}>
                    <th scope="row">
                      {criterion.title[language]}
                      {criterion.scale === 'access' && <span className="handout__scale"> ({t('scale.access')})</span>}
                    </th>
                    {messengers.map((m) => {
                      const cell = m.cells[criterion.id]
                      return (
                        <td key={m.id}>
                          {cell && (
                            <>
                              <VerdictBadge verdict={cell.verdict} />
                              <span className="handout__answer">{cell.answer[language]}</span>
                              <span className="handout__refs">[{cell.sources.map((s) => references.get(s.url)?.n).join(', ')}]</span>
                            </>
                          )}
                        </td>
                      )
                    })}
                  </tr>
                ))}
            </tbody>
          </table>
        ))}
        <HandoutSources references={[...references.values()]} publishers={dataset.publishers} language={language} />
        <ProvenanceLines appVersion={appVersion} dataVersion={dataset.version} dataDate={dataset.date} language={language} />
      </article>
    </section>
  )
}
