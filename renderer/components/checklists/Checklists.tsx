// "If you must use it": per messenger, tickable, sourced steps that reduce risk, exportable as a file.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dataset, Language } from '../../../common/dataset/schema'
import { formatDate } from '../../format/dates'
import { checklistKey } from '../../../common/settings-defaults'
import { TEXT_FILE_EXTENSIONS } from '../../../common/vocabulary'
import { checklistToMarkdown } from '../../logic/checklist-export'
import { SourceList } from '../common/SourceList'
import './checklists.css'
import { Screen } from '../common/Screen'

interface Props {
  dataset: Dataset
  language: Language
  ticks: Record<string, true>
  onToggle: (key: string) => void
  onExport: (fileName: string, markdown: string) => Promise<boolean>
  onOpenLink: (url: string) => void
}

export function Checklists({ dataset, language, ticks, onToggle, onExport, onOpenLink }: Props) {
  const { t } = useTranslation()
  const [exported, setExported] = useState<string | null>(null)
  return (
    <Screen id="checklists" title={t('checklists.title')} intro={t('checklists.intro')}>
      <div className="checklists">
        {dataset.messengers.map((messenger) => {
          const items = dataset.checklists[messenger.id] ?? []
          if (items.length === 0) return null
          const isTicked = (itemId: string) => ticks[checklistKey(messenger.id, itemId)] === true
          const done = items.filter((item) => isTicked(item.id)).length
          const exportIt = async () => {
            const markdown = checklistToMarkdown(
              items,
              isTicked,
              language,
              dataset.publishers,
              t('checklists.exportTitle', { messenger: messenger.name }),
              t('footer.dataset', { version: dataset.version, date: formatDate(dataset.date, language) })
            )
            if (await onExport(`checklist-${messenger.id}-${language}.${TEXT_FILE_EXTENSIONS.markdown}`, markdown))
              setExported(messenger.id)
          }
          return (
            <article key={messenger.id} className="checklist" data-messenger={messenger.id} aria-labelledby={`checklist-${messenger.id}`}>
              <header className="checklist__header">
                <h3 id={`checklist-${messenger.id}`} className="checklist__title">
                  {messenger.name}
                </h3>
                <p className="checklist__progress">{t('checklists.progress', { done, total: items.length })}</p>
                <button type="button" className="button" onClick={exportIt}>
                  {t('checklists.export')}
                </button>
                {exported === messenger.id && <span role="status">{t('checklists.exported')}</span>}
              </header>
              <ul className="checklist__items">
                {items.map((item) => (
                  <li key={item.id} className="checklist__item">
                    <label className="checklist__label">
                      <input type="checkbox" checked={isTicked(item.id)} onChange={() => onToggle(checklistKey(messenger.id, item.id))} />
                      <span className="checklist__item-title">{item.title[language]}</span>
                    </label>
                    <p className="checklist__detail">{item.detail[language]}</p>
                    <details className="checklist__sources">
                      <summary>{t('details.sources', { count: item.sources.length })}</summary>
                      <SourceList sources={item.sources} publishers={dataset.publishers} language={language} onOpenLink={onOpenLink} />
                    </details>
                  </li>
                ))}
              </ul>
            </article>
          )
        })}
      </div>
    </Screen>
  )
}
