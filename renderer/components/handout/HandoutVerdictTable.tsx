// The handout's verdict table: one table for all chosen areas (so columns line up), each answer with
// its verdict, the date of its newest evidence and the number of its key source.
import { useTranslation } from 'react-i18next'
import type { Area, Cell, Criterion, Language, Messenger } from '../../../common/dataset/schema'
import { formatCompactDate } from '../../format/dates'
import type { HandoutClaim } from '../../logic/handout-references'
import { VerdictBadge } from '../verdict/VerdictBadge'

interface Props {
  areas: readonly Area[]
  criteria: readonly Criterion[]
  messengers: readonly Messenger[]
  claims: ReadonlyMap<Cell, HandoutClaim>
  language: Language
}

export function HandoutVerdictTable({ areas, criteria, messengers, claims, language }: Props) {
  const { t } = useTranslation()
  return (
    <table className="handout__table">
      <caption>
        <span className="handout__heading">{t('handout.tableHeading')}</span> {t('handout.tableNote')}
      </caption>
      <colgroup>
        <col className="handout__criterion-column" />
        {messengers.map((m) => (
          <col key={m.id} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('matrix.criterion')}</th>
          {messengers.map((m) => (
            <th key={m.id} scope="col">
              {m.name}
              {m.reference && <span className="handout__reference"> ({t('matrix.reference')})</span>}
            </th>
          ))}
        </tr>
      </thead>
      {areas.map((area) => (
        <tbody key={area.id}>
          <tr className="handout__area-row">
            <th scope="colgroup" colSpan={messengers.length + 1}>
              {area.title[language]}
            </th>
          </tr>
          {criteria
            .filter((c) => c.area === area.id)
            .map((criterion) => (
              <tr key={criterion.id}>
                <th scope="row">
                  {criterion.title[language]}
                  {criterion.scale === 'access' && <span className="handout__scale"> ({t('scale.access')})</span>}
                </th>
                {messengers.map((m) => {
                  const cell = m.cells[criterion.id]
                  const claim = cell && claims.get(cell)
                  return (
                    <td key={m.id}>
                      {cell && claim && (
                        <>
                          <VerdictBadge verdict={cell.verdict} />
                          <span className="handout__answer">{cell.answer[language]}</span>
                          <span className="handout__claim-meta">
                            {claim.evidence
                              ? t('handout.asOf', { date: formatCompactDate(claim.evidence, language) })
                              : t('handout.undated')}{' '}
                            · [{claim.reference}]
                          </span>
                        </>
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
        </tbody>
      ))}
    </table>
  )
}
