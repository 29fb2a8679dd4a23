// "What worries me": the person picks worries and needs (or a common situation), and the decision
// guide sorts the messengers into fits · fits with a trade-off · does not fit, every reason linked to
// the cells it rests on. The rules live in logic/decision-guide.ts and are stated in the methodology.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Concern, Dataset, Language } from '../../../common/dataset/schema'
import { decide } from '../../logic/decision-guide'
import type { CellRef } from '../../store/view-store'
import { Screen } from '../common/Screen'
import { GuideEntryItem } from './GuideEntry'
import './worries.css'

interface Props {
  dataset: Dataset
  language: Language
  selectedConcerns: string[]
  onToggleConcern: (id: string) => void
  onApplyPreset: (concernIds: string[]) => void
  onOpenCell: (cell: CellRef) => void
}

function ConcernList({
  concerns,
  selected,
  language,
  onToggle,
  legend
}: {
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

export function Worries({ dataset, language, selectedConcerns, onToggleConcern, onApplyPreset, onOpenCell }: Props) {
  const { t } = useTranslation()
  const result = useMemo(() => decide(dataset, selectedConcerns), [dataset, selectedConcerns])
  const isActive = (concerns: string[]) =>
    concerns.length === selectedConcerns.length && concerns.every((id) => selectedConcerns.includes(id))
  const activePreset = dataset.presets.find((preset) => isActive(preset.concerns))

  return (
    <Screen id="worries" title={t('worries.title')} intro={t('worries.intro')} className="worries">
      <div className="worries__presets" role="group" aria-label={t('worries.presets')}>
        <span className="worries__presets-label">{t('worries.presets')}:</span>
        {dataset.presets.map((preset) => (
          <button
            key={preset.id}
            type="button"
            className="chip"
            aria-pressed={preset === activePreset}
            onClick={() => onApplyPreset(preset.concerns)}
          >
            {preset.title[language]}
          </button>
        ))}
      </div>
      {activePreset && <p className="worries__preset-description">{activePreset.description[language]}</p>}

      <div className="worries__layout">
        <div className="worries__choices">
          <ConcernList
            legend={t('worries.worriesHeading')}
            concerns={dataset.concerns.filter((c) => c.kind === 'worry')}
            selected={selectedConcerns}
            language={language}
            onToggle={onToggleConcern}
          />
          <ConcernList
            legend={t('worries.needsHeading')}
            concerns={dataset.concerns.filter((c) => c.kind === 'need')}
            selected={selectedConcerns}
            language={language}
            onToggle={onToggleConcern}
          />
        </div>

        <div className="worries__result" aria-live="polite">
          {result.groups.length === 0 ? (
            <p className="worries__empty">{t('worries.nothingSelected')}</p>
          ) : (
            <>
              <h3 className="worries__heading">{t('worries.resultHeading')}</h3>
              {result.groups.map((group) => (
                <section
                  key={group.fit}
                  className={`guide-group guide-group--${group.fit}`}
                  data-fit={group.fit}
                  aria-labelledby={`guide-${group.fit}`}
                >
                  <h4 id={`guide-${group.fit}`} className="guide-group__title">
                    {t(`worries.group.${group.fit}`)}
                  </h4>
                  <p className="guide-group__intro">{t(`worries.groupIntro.${group.fit}`)}</p>
                  <ul className="guide-group__entries">
                    {group.entries.map((entry) => (
                      <GuideEntryItem
                        key={entry.messenger.id}
                        dataset={dataset}
                        entry={entry}
                        language={language}
                        onOpenCell={onOpenCell}
                      />
                    ))}
                  </ul>
                </section>
              ))}
              <p className="worries__reasoning">{t('worries.reasoning')}</p>
            </>
          )}
        </div>
      </div>
    </Screen>
  )
}
