// The printed handout, one sheet both sides with the default choices: what the data is and how old,
// the bottom line per messenger, the first steps if you must use one, every verdict with its date and
// key source, short references, and who made this copy. The full addresses are an optional appendix.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { newestEvidence } from '../../../common/dataset/freshness'
import type { Area, Dataset, Language, Messenger } from '../../../common/dataset/schema'
import { formatCompactDate, formatDate } from '../../format/dates'
import { PROVENANCE } from '../../format/provenance'
import { numberClaims } from '../../logic/handout-references'
import { ProvenanceLines } from '../common/ProvenanceLines'
import { InShortCard } from '../in-short/InShort'
import { HandoutReferences } from './HandoutSources'
import { HandoutSteps } from './HandoutSteps'
import { HandoutVerdictTable } from './HandoutVerdictTable'

interface Props {
  dataset: Dataset
  areas: readonly Area[]
  messengers: readonly Messenger[]
  language: Language
  appVersion: string | null
  withAppendix: boolean
}

export function HandoutSheet({ dataset, areas, messengers, language, appVersion, withAppendix }: Props) {
  const { t } = useTranslation()
  const criteria = useMemo(() => dataset.criteria.filter((c) => areas.some((a) => a.id === c.area)), [dataset.criteria, areas])
  const { claims, references } = useMemo(
    () =>
      numberClaims(
        criteria.flatMap((c) => messengers.flatMap((m) => m.cells[c.id] ?? [])),
        dataset.publishers
      ),
    [criteria, messengers, dataset.publishers]
  )
  const evidence = newestEvidence([...claims.values()].map((claim) => ({ published: claim.evidence ?? undefined })))
  return (
    // Focusable: on a phone the preview of the printed page may scroll sideways, and keys must reach that too.
    <article className="handout__sheet" lang={language} tabIndex={0} aria-labelledby="handout-sheet-title">
      <header className="handout__sheet-header">
        <h1 id="handout-sheet-title">{t('app.title')}</h1>
        <p>{t('footer.dataset', { version: dataset.version, date: formatDate(dataset.date, language) })}</p>
      </header>
      <p className="handout__age">
        {evidence && t('handout.newestEvidence', { date: formatCompactDate(evidence, language) })}{' '}
        {t(PROVENANCE.newerCopies ? 'handout.getNewer' : 'handout.getNewerAsk', { where: PROVENANCE.newerCopies })}
      </p>
      <section className="handout__in-short" aria-labelledby="handout-in-short">
        <h2 id="handout-in-short" className="handout__heading">
          {t('handout.inShortHeading')}
        </h2>
        <div className="handout__in-short-cards">
          {messengers.map((m) => (
            <InShortCard key={m.id} dataset={dataset} messenger={m} language={language} />
          ))}
        </div>
      </section>
      <HandoutSteps dataset={dataset} messengers={messengers} language={language} />
      <HandoutVerdictTable areas={areas} criteria={criteria} messengers={messengers} claims={claims} language={language} />
      <HandoutReferences references={references} publishers={dataset.publishers} language={language} full={false} />
      <ProvenanceLines appVersion={appVersion} dataVersion={dataset.version} dataDate={dataset.date} language={language} />
      {withAppendix && <HandoutReferences references={references} publishers={dataset.publishers} language={language} full />}
    </article>
  )
}
