// The comparison table: messengers as columns, areas as row groups, one row per criterion.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dataset, Language } from '../../../data/schema'
import { groupCriteriaByArea } from '../../store/selectors'
import type { CellRef } from '../../store/view-store'
import { MatrixCell } from './MatrixCell'
import './matrix.css'

interface Props {
  dataset: Dataset
  language: Language
  onOpenCell: (cell: CellRef) => void
}

export function Matrix({ dataset, language, onOpenCell }: Props) {
  const { t } = useTranslation()
  const groups = useMemo(() => groupCriteriaByArea(dataset), [dataset])
  const columnCount = dataset.messengers.length + 1
  return (
    <div className="matrix-scroller">
      <table className="matrix">
        <caption className="visually-hidden">{t('matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__corner">
              {t('matrix.criterion')}
            </th>
            {dataset.messengers.map((messenger) => (
              <th
                key={messenger.id}
                scope="col"
                className={`matrix__messenger${messenger.reference ? ' matrix__messenger--reference' : ''}`}
                data-messenger={messenger.id}
              >
                <span className="matrix__messenger-name">{messenger.name}</span>
                <span className="matrix__operator">{messenger.operator[language]}</span>
                {messenger.reference && (
                  <span className="matrix__reference-tag" title={t('matrix.referenceHint')}>
                    {t('matrix.reference')}
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map(({ area, criteria }) => (
          <tbody key={area.id} className="matrix__area" data-area={area.id}>
            <tr>
              <th scope="colgroup" colSpan={columnCount} className="matrix__area-heading">
                <h2 className="matrix__area-title">{area.title[language]}</h2>
                <p className="matrix__area-description">{area.description[language]}</p>
              </th>
            </tr>
            {criteria.map((criterion) => (
              <tr key={criterion.id} data-criterion={criterion.id}>
                <th scope="row" className="matrix__criterion">
                  <span className="matrix__criterion-title">{criterion.title[language]}</span>
                  <span className="matrix__criterion-question">{criterion.question[language]}</span>
                </th>
                {dataset.messengers.map((messenger) => (
                  <MatrixCell
                    key={messenger.id}
                    cell={messenger.cells[criterion.id]}
                    messenger={messenger}
                    criterion={criterion}
                    language={language}
                    onOpen={() => onOpenCell({ messengerId: messenger.id, criterionId: criterion.id })}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  )
}
