// One group of concerns (worries, or needs) as checkboxes, each with its title and a line saying what it covers.
import type { Concern, Language } from '../../../common/dataset/schema'

export function ConcernList({
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
