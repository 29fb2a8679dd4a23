// "What worries me": the user picks worries and needs (or a preset); the criteria that bear on them
// are listed with adjustable priority, and the messengers are ordered with the reasons shown.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Concern, Dataset, Language } from '../../../data/schema'
import { rankMessengers, relevantCriteria, WEIGHTS, type Weight } from '../../logic/ranking'
import { findCriterion } from '../../store/selectors'
import { VerdictBadge } from '../verdict/VerdictBadge'
import './worries.css'
import { Screen } from '../common/Screen'

interface Props {
  dataset: Dataset
  language: Language
  selectedConcerns: string[]
  weightOverrides: Record<string, Weight>
  onToggleConcern: (id: string) => void
  onApplyPreset: (concernIds: string[]) => void
  onSetWeight: (criterionId: string, weight: Weight) => void
  onResetWeights: () => void
}

function ConcernList({ concerns, selected, language, onToggle, legend }: {
  concerns: Concern[]
  selected: string[]
  language: Language
  onToggle: (id: string) => void
  legend: string
}) {
  return (
    <fieldset className="concerns">
      <legend className="concerns__legend">{legend}</legend>
      {concerns.map((concern) => (
        <label key={concern.id} className="concern">
          <input type="checkbox" checked={selected.includes(concern.id)} onChange={() => onToggle(concern.id)} />
          <span>
            <span className="concern__title">{concern.title[language]}</span>
            <span className="concern__description">{concern.description[language]}</span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}

export function Worries(props: Props) {
  const { dataset, language, selectedConcerns, weightOverrides } = props
  const { t } = useTranslation()
  const relevant = useMemo(
    () => relevantCriteria(dataset.concerns, selectedConcerns, weightOverrides),
    [dataset, selectedConcerns, weightOverrides]
  )
  const ranked = useMemo(() => rankMessengers(dataset, relevant), [dataset, relevant])
  const titleOf = (id: string) => findCriterion(dataset, id)?.title[language] ?? id
  const listOf = (ids: string[]) => ids.map(titleOf).join(', ')

  return (
    <Screen id="worries" title={t('worries.title')} intro={t('worries.intro')} className="worries">

      <div className="worries__presets" role="group" aria-label={t('worries.presets')}>
        <span className="worries__presets-label">{t('worries.presets')}:</span>
        {dataset.presets.map((preset) => (
          <button
            key={preset.id}
            type="button"
            className="chip"
            title={preset.description[language]}
            aria-pressed={preset.concerns.length === selectedConcerns.length && preset.concerns.every((id) => selectedConcerns.includes(id))}
            onClick={() => props.onApplyPreset(preset.concerns)}
          >
            {preset.title[language]}
          </button>
        ))}
      </div>

      <div className="worries__layout">
        <div className="worries__choices">
          <ConcernList
            legend={t('worries.worriesHeading')}
            concerns={dataset.concerns.filter((c) => c.kind === 'worry')}
            selected={selectedConcerns}
            language={language}
            onToggle={props.onToggleConcern}
          />
          <ConcernList
            legend={t('worries.needsHeading')}
            concerns={dataset.concerns.filter((c) => c.kind === 'need')}
            selected={selectedConcerns}
            language={language}
            onToggle={props.onToggleConcern}
          />
        </div>

        <div className="worries__result">
          {relevant.length === 0 ? (
            <p className="worries__empty">{t('worries.nothingSelected')}</p>
          ) : (
            <>
              <h3 id="worries-result" className="worries__heading">
                {t('worries.resultHeading')}
              </h3>
              <ol className="ranking" aria-labelledby="worries-result" aria-live="polite">
                {ranked.map((entry, index) => (
                  <li key={entry.messenger.id} className={`ranking__item${entry.messenger.reference ? ' ranking__item--reference' : ''}`} data-messenger={entry.messenger.id}>
                    <p className="ranking__name">
                      {entry.messenger.reference ? (
                        <span className="ranking__reference">{t('worries.referenceHint')}</span>
                      ) : (
                        <span className="ranking__position">{t('worries.position', { position: index + 1 })}</span>
                      )}{' '}
                      <strong>{entry.messenger.name}</strong>
                    </p>
                    <p className="ranking__tally">{t('worries.tally', entry.counts)}</p>
                    {entry.strengths.length > 0 && (
                      <p className="ranking__reason"><VerdictBadge verdict="good" /> {t('worries.strengths')}: {listOf(entry.strengths)}</p>
                    )}
                    {entry.weaknesses.length > 0 && (
                      <p className="ranking__reason"><VerdictBadge verdict="poor" /> {t('worries.weaknesses')}: {listOf(entry.weaknesses)}</p>
                    )}
                    {entry.unknowns.length > 0 && (
                      <p className="ranking__reason"><VerdictBadge verdict="unknown" /> {t('worries.unknowns')}: {listOf(entry.unknowns)}</p>
                    )}
                  </li>
                ))}
              </ol>
              <p className="worries__reasoning">{t('worries.reasoning')}</p>

              <h3 className="worries__heading">{t('worries.criteriaHeading')}</h3>
              <ul className="weights">
                {relevant.map((r) => (
                  <li key={r.criterionId} className="weights__item">
                    <label>
                      <span className="weights__criterion">{titleOf(r.criterionId)}</span>
                      <select value={r.weight} onChange={(event) => props.onSetWeight(r.criterionId, Number(event.target.value) as Weight)}>
                        {WEIGHTS.map((weight) => (
                          <option key={weight} value={weight}>
                            {t(`worries.weight${weight}`)}
                          </option>
                        ))}
                      </select>
                    </label>
                  </li>
                ))}
              </ul>
              <button type="button" className="button" onClick={props.onResetWeights}>
                {t('worries.resetWeights')}
              </button>
            </>
          )}
        </div>
      </div>
    </Screen>
  )
}
