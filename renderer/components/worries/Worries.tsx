// "What worries me": the person picks worries and needs (or a common situation), and the decision
// guide sorts the messengers into fits · fits with a trade-off · does not fit, every reason linked to
// the cells it rests on. The rules live in logic/decision-guide.ts and are stated in the methodology.
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dataset, Language } from '../../../common/dataset/schema'
import { decide } from '../../logic/decision-guide'
import type { CellRef } from '../../store/view-store'
import { Screen } from '../common/Screen'
import { ConcernList } from './ConcernList'
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

export function Worries({ dataset, language, selectedConcerns, onToggleConcern, onApplyPreset, onOpenCell }: Props) {
  const { t } = useTranslation()
  const result = useMemo(() => decide(dataset, selectedConcerns), [dataset, selectedConcerns])
  const isActive = (concerns: string[]) =>
    concerns.length === selectedConcerns.length && concerns.every((id) => selectedConcerns.includes(id))
  const activePreset = dataset.presets.find((preset) => isActive(preset.concerns))
  // Choosing a situation brings its result into view (on a phone it starts far below) and moves focus
  // to the result's heading, so a screen reader reads on from the answer.
  const [presetChosen, setPresetChosen] = useState(0)
  const resultHeadingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    const heading = resultHeadingRef.current
    if (presetChosen === 0 || !heading) return
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    heading.focus({ preventScroll: true })
    heading.closest('.worries__result')?.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' })
  }, [presetChosen])
  const choosePreset = (concernIds: string[]) => {
    onApplyPreset(concernIds)
    setPresetChosen((n) => n + 1)
  }

  return (
    <Screen id="worries" title={t('worries.title')} intro={t('worries.intro')} className="worries">
      <div className="worries__presets" role="group" aria-labelledby="worries-presets-label">
        <p id="worries-presets-label" className="worries__presets-label">
          {t('worries.presets')}:
        </p>
        <ul className="worries__preset-list">
          {dataset.presets.map((preset) => (
            <li key={preset.id} className="worries__preset">
              <button
                type="button"
                className="chip"
                aria-pressed={preset === activePreset}
                aria-describedby={`preset-${preset.id}`}
                onClick={() => choosePreset(preset.concerns)}
              >
                {preset.title[language]}
              </button>
              <p id={`preset-${preset.id}`} className="worries__preset-text">
                {preset.description[language]}
              </p>
            </li>
          ))}
        </ul>
      </div>

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
              <h3 ref={resultHeadingRef} className="worries__heading" tabIndex={-1}>
                {t('worries.resultHeading')}
              </h3>
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
