// Two messengers, only the criteria where their verdicts differ.
import { useTranslation } from 'react-i18next'
import type { Dataset, Language } from '../../../common/dataset/schema'
import { differingCriteria } from '../../logic/differences'
import { findMessenger } from '../../logic/dataset-lookups'
import type { CellRef } from '../../store/view-store'
import { VerdictBadge } from '../verdict/VerdictBadge'
import './compare.css'
import { Screen } from '../common/Screen'

interface Props {
  dataset: Dataset
  language: Language
  pair: [string, string]
  onPairChange: (pair: [string, string]) => void
  onOpenCell: (cell: CellRef) => void
}

export function SideBySide({ dataset, language, pair, onPairChange, onOpenCell }: Props) {
  const { t } = useTranslation()
  const first = findMessenger(dataset, pair[0])
  const second = findMessenger(dataset, pair[1])
  const differences = first && second && first.id !== second.id ? differingCriteria(dataset.criteria, first, second) : []
  const picker = (index: 0 | 1, label: string) => (
    <label className="compare__picker">
      <span>{label}</span>
      <select
        value={pair[index]}
        onChange={(event) => onPairChange(index === 0 ? [event.target.value, pair[1]] : [pair[0], event.target.value])}
      >
        {dataset.messengers.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <Screen id="compare" title={t('compare.title')} intro={t('compare.intro')}>
      <div className="compare__pickers">
        {picker(0, t('compare.first'))}
        {picker(1, t('compare.second'))}
      </div>
      {!first || !second || first.id === second.id ? (
        <p role="status">{t('compare.sameMessenger')}</p>
      ) : (
        <>
          <p role="status" className="compare__summary">
            {differences.length === 0
              ? t('compare.same')
              : t('compare.differences', { count: differences.length, total: dataset.criteria.length })}
          </p>
          {differences.length > 0 && (
            <table className="compare">
              <thead>
                <tr>
                  <th scope="col">{t('matrix.criterion')}</th>
                  <th scope="col">{first.name}</th>
                  <th scope="col">{second.name}</th>
                </tr>
              </thead>
              <tbody>
                {differences.map((criterion) => (
                  <tr key={criterion.id} data-criterion={criterion.id}>
                    <th scope="row">{criterion.title[language]}</th>
                    {[first, second].map((messenger) => {
                      const cell = messenger.cells[criterion.id]
                      return (
                        <td key={messenger.id}>
                          {cell && (
                            <button
                              type="button"
                              className="compare__cell"
                              onClick={() => onOpenCell({ messengerId: messenger.id, criterionId: criterion.id })}
                            >
                              <VerdictBadge verdict={cell.verdict} />
                              <span>{cell.answer[language]}</span>
                            </button>
                          )}
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Screen>
  )
}
