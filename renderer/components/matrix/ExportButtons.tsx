// Export the comparison (in the current language) as CSV, JSON or Markdown.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TextFileRequest } from '../../../common/ipc-contract'
import type { Dataset, Language } from '../../../data/schema'
import { VERDICTS } from '../../../data/vocabulary'
import { formatDate } from '../../format/dates'
import { exportRows, toCsv, toJson, toMarkdown, type ExportRow } from '../../logic/exports'

interface Props {
  dataset: Dataset
  language: Language
  onSave: (request: TextFileRequest) => Promise<boolean>
}

const FORMATS = ['csv', 'json', 'markdown'] as const
const EXTENSIONS = { csv: 'csv', json: 'json', markdown: 'md' } as const

export function ExportButtons({ dataset, language, onSave }: Props) {
  const { t } = useTranslation()
  const [saved, setSaved] = useState<string | null>(null)
  const save = async (format: (typeof FORMATS)[number]) => {
    const rows = exportRows(dataset, language, Object.fromEntries(VERDICTS.map((v) => [v, t(`verdict.${v}`)])))
    const headers = Object.fromEntries(
      (['area', 'criterion', 'question', 'messenger', 'reference', 'verdict', 'answer', 'summary', 'notes', 'asOf', 'sources'] as const).map(
        (key) => [key, t(`export.columns.${key}`)]
      )
    ) as Record<keyof ExportRow, string>
    const datasetLine = t('footer.dataset', { version: dataset.version, date: formatDate(dataset.date, language) })
    const content =
      format === 'csv'
        ? toCsv(rows, headers)
        : format === 'json'
          ? toJson(dataset, language, rows)
          : toMarkdown(dataset, language, rows, t('export.title'), datasetLine)
    const suggestedName = `messenger-comparison-${dataset.version}-${language}.${EXTENSIONS[format]}`
    if (await onSave({ suggestedName, content, format })) setSaved(suggestedName)
  }
  return (
    <div className="export" role="group" aria-label={t('export.label')}>
      <span className="export__label">{t('export.label')}:</span>
      {FORMATS.map((format) => (
        <button key={format} type="button" className="button" onClick={() => void save(format)}>
          {t(`export.${format}`)}
        </button>
      ))}
      <span role="status" className="export__status">
        {saved && t('export.saved', { file: saved })}
      </span>
    </div>
  )
}
