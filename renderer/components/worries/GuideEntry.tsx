// One messenger in the decision guide: both headline answers, then each reason as a line whose
// evidence is a link to the cell it rests on.
import { useTranslation } from 'react-i18next'
import type { Dataset, Language } from '../../../common/dataset/schema'
import type { GuideEntry, TradeOff } from '../../logic/decision-guide'
import { findCriterion, findMessenger } from '../../logic/dataset-lookups'
import type { CellRef } from '../../store/view-store'
import { HeadlineBadges } from '../in-short/HeadlineBadges'

interface Props {
  dataset: Dataset
  entry: GuideEntry
  language: Language
  onOpenCell: (cell: CellRef) => void
}

/** Russian and English quote the concern titles differently when there are several. */
const quoteJoin = (titles: string[], language: Language) => titles.join(language === 'ru' ? '», «' : '”, “')

export function GuideEntryItem({ dataset, entry, language, onOpenCell }: Props) {
  const { t } = useTranslation()
  const { messenger } = entry
  const cellLinks = (cells: string[]) =>
    cells.map((id) => {
      const cell = messenger.cells[id]
      const title = findCriterion(dataset, id)?.title[language] ?? id
      return (
        <li key={id}>
          <button
            type="button"
            className="cell-link"
            data-criterion={id}
            onClick={() => onOpenCell({ messengerId: messenger.id, criterionId: id })}
          >
            {t('worries.cellLink', { criterion: title, answer: cell?.answer[language] ?? '' })}
          </button>
        </li>
      )
    })
  const concernTitles = (ids: string[]) =>
    quoteJoin(
      ids.map((id) => dataset.concerns.find((c) => c.id === id)?.title[language] ?? id),
      language
    )
  const tradeOffLabel = (tradeOff: TradeOff) =>
    tradeOff.reason === 'provider-reads' && entry.access === 'access-works'
      ? t('worries.tradeOff.provider-reads-works')
      : t(`worries.tradeOff.${tradeOff.reason}`)
  // An entry that does not fit shows why, and what it takes to reach it; the rest would be noise.
  const tradeOffs = entry.fit === 'does-not-fit' ? entry.tradeOffs.filter((x) => x.reason === 'access') : entry.tradeOffs

  return (
    <li className="guide-entry" data-messenger={messenger.id}>
      <p className="guide-entry__name">
        <strong>{messenger.name}</strong>
        {entry.tiedWith.length > 0 && (
          <span className="guide-entry__tie">
            {t('worries.tie', { names: entry.tiedWith.map((id) => findMessenger(dataset, id)?.name ?? id).join(', ') })}
          </span>
        )}
      </p>
      <HeadlineBadges content={entry.content} access={entry.access} />
      <ul className="guide-entry__lines">
        {entry.blockers.map((blocker) => (
          <li key={blocker.reason + blocker.cells.join()} className="guide-line guide-line--blocker" data-reason={blocker.reason}>
            <span className="guide-line__label">
              {t(`worries.blocker.${blocker.reason}`, { concerns: concernTitles(blocker.concernIds) })}
            </span>
            <ul className="guide-line__cells">{cellLinks(blocker.cells)}</ul>
          </li>
        ))}
        {tradeOffs.map((tradeOff) => (
          <li key={tradeOff.reason} className={`guide-line guide-line--${tradeOff.reason}`} data-reason={tradeOff.reason}>
            <span className="guide-line__label">{tradeOffLabel(tradeOff)}</span>
            <ul className="guide-line__cells">{cellLinks(tradeOff.cells)}</ul>
          </li>
        ))}
        {entry.fit !== 'does-not-fit' && entry.meets.length > 0 && (
          <li className="guide-line guide-line--meets" data-reason="meets">
            <span className="guide-line__label">{t('worries.meets')}</span>
            <ul className="guide-line__cells">{cellLinks(entry.meets)}</ul>
          </li>
        )}
      </ul>
    </li>
  )
}
