// Narrow the comparison: search (by word stems, in both languages), one area, which messengers to show.
import { useTranslation } from 'react-i18next'
import type { Dataset, Language } from '../../../common/dataset/schema'
import { MAX_COMPARED_MESSENGERS } from '../../../common/vocabulary'
import { canChooseMore, isDefaultMessenger } from '../../logic/messenger-choice'

interface Props {
  dataset: Dataset
  language: Language
  query: string
  areaFilter: string | null
  /** The messengers the comparison shows (the default selection, as the reader changed it). */
  shownMessengers: readonly string[]
  matchCount: number
  onQueryChange: (query: string) => void
  onAreaChange: (areaId: string | null) => void
  onToggleMessenger: (id: string, inDefault: boolean) => void
}

export function MatrixToolbar(props: Props) {
  const { t } = useTranslation()
  const { dataset, language, query } = props
  const full = !canChooseMore(props.shownMessengers.length)
  return (
    <div className="matrix-toolbar" role="search">
      <label className="matrix-toolbar__field matrix-toolbar__field--search">
        <span className="matrix-toolbar__label">{t('matrix.searchLabel')}</span>
        <input
          type="search"
          value={query}
          placeholder={t('matrix.searchPlaceholder')}
          onChange={(event) => props.onQueryChange(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && query && (event.preventDefault(), props.onQueryChange(''))}
        />
      </label>
      <label className="matrix-toolbar__field">
        <span className="matrix-toolbar__label">{t('matrix.areaLabel')}</span>
        <select value={props.areaFilter ?? ''} onChange={(event) => props.onAreaChange(event.target.value || null)}>
          <option value="">{t('matrix.allAreas')}</option>
          {dataset.areas.map((area) => (
            <option key={area.id} value={area.id}>
              {area.title[language]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="matrix-toolbar__field matrix-toolbar__messengers">
        <legend className="matrix-toolbar__label">{t('matrix.messengersLabel', { max: MAX_COMPARED_MESSENGERS })}</legend>
        {dataset.messengers.map((messenger) => {
          const checked = props.shownMessengers.includes(messenger.id)
          return (
            <label key={messenger.id} className="matrix-toolbar__check">
              <input
                type="checkbox"
                checked={checked}
                // Unticked ones wait while the most that fit are compared; the note says why.
                disabled={full && !checked}
                aria-describedby={full && !checked ? 'compared-limit' : undefined}
                onChange={() => props.onToggleMessenger(messenger.id, isDefaultMessenger(dataset, messenger.id))}
              />
              {messenger.name}
            </label>
          )
        })}
        {full && dataset.messengers.length > MAX_COMPARED_MESSENGERS && (
          <p id="compared-limit" className="matrix-toolbar__note">
            {t('matrix.comparedLimit', { max: MAX_COMPARED_MESSENGERS })}
          </p>
        )}
      </fieldset>
      <p className="matrix-toolbar__status" role="status">
        {query.trim() && (props.matchCount > 0 ? t('matrix.results', { count: props.matchCount }) : t('matrix.noResults', { query }))}
      </p>
    </div>
  )
}
