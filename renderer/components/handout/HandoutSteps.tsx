// "If you must use it", on paper: the first steps of each chosen messenger's checklist. The data
// lists each checklist's items most important first, so the first few are the ones to print.
import { useTranslation } from 'react-i18next'
import type { Dataset, Language, Messenger } from '../../../common/dataset/schema'

/** As many as two printed pages hold beside the table for four messengers. */
export const HANDOUT_STEPS_PER_MESSENGER = 3

export function HandoutSteps({
  dataset,
  messengers,
  language
}: {
  dataset: Dataset
  messengers: readonly Messenger[]
  language: Language
}) {
  const { t } = useTranslation()
  const withSteps = messengers.filter((m) => (dataset.checklists[m.id]?.length ?? 0) > 0)
  if (withSteps.length === 0) return null
  return (
    <section className="handout__steps" aria-labelledby="handout-steps">
      <h2 id="handout-steps" className="handout__heading">
        {t('handout.stepsHeading')}
      </h2>
      <div className="handout__steps-grid">
        {withSteps.map((m) => (
          <div key={m.id} className="handout__steps-messenger">
            <h3>{m.name}</h3>
            <ol>
              {dataset.checklists[m.id]!.slice(0, HANDOUT_STEPS_PER_MESSENGER).map((item) => (
                <li key={item.id}>{item.title[language]}</li>
              ))}
            </ol>
          </div>
        ))}
      </div>
      <p className="handout__small">{t('handout.stepsMore')}</p>
    </section>
  )
}
