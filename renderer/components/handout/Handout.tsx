// The handout screen: choose areas and messengers (the comparison's choices to start with) and
// whether to add the appendix of full addresses, then print or save as PDF; below, the sheet itself.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dataset, Language } from '../../../common/dataset/schema'
import { canChooseMore, HANDOUT_MAX_MESSENGERS, handoutStartingChoice } from '../../logic/messenger-choice'
import { toggled } from '../../logic/toggled'
import { HandoutSheet } from './HandoutSheet'
import './handout.css'

interface Props {
  dataset: Dataset
  language: Language
  /** What the comparison shows: the handout starts from the same choice. */
  initialAreaIds: readonly string[]
  initialMessengerIds: readonly string[]
  isDesktop: boolean
  appVersion: string | null
  onPrint: () => void
  onSavePdf: (suggestedName: string) => Promise<boolean>
}

export function Handout({ dataset, language, initialAreaIds, initialMessengerIds, isDesktop, appVersion, onPrint, onSavePdf }: Props) {
  const { t } = useTranslation()
  const [areaIds, setAreaIds] = useState(() => [...initialAreaIds])
  const [messengerIds, setMessengerIds] = useState(() => handoutStartingChoice(dataset, initialMessengerIds))
  const [withAppendix, setWithAppendix] = useState(false)
  const [saved, setSaved] = useState(false)
  const messengers = dataset.messengers.filter((m) => messengerIds.includes(m.id))
  // As many as the sheet holds: the other boxes wait, and the note says why.
  const full = !canChooseMore(messengers.length, HANDOUT_MAX_MESSENGERS)
  const areas = dataset.areas.filter((a) => areaIds.includes(a.id))

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
            {dataset.messengers.map((m) => {
              const checked = messengerIds.includes(m.id)
              return (
                <label key={m.id} className="handout__check">
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={full && !checked}
                    aria-describedby={full && !checked ? 'handout-limit' : undefined}
                    onChange={() => setMessengerIds((ids) => toggled(ids, m.id))}
                  />
                  {m.name}
                </label>
              )
            })}
            {dataset.messengers.length > HANDOUT_MAX_MESSENGERS && (
              <p id="handout-limit" className="handout__limit">
                {t('handout.messengerLimit', { count: HANDOUT_MAX_MESSENGERS })}
              </p>
            )}
          </fieldset>
          <fieldset>
            <legend>{t('handout.extras')}</legend>
            <label className="handout__check">
              <input type="checkbox" checked={withAppendix} onChange={() => setWithAppendix((on) => !on)} />
              {t('handout.appendix')}
            </label>
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
      <HandoutSheet
        dataset={dataset}
        areas={areas}
        messengers={messengers}
        language={language}
        appVersion={appVersion}
        withAppendix={withAppendix}
      />
    </section>
  )
}
