// Exports the comparison in the current language through the platform (download or save dialog).
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { TextFileRequest } from '../../../common/ipc-contract'
import type { Dataset, Language } from '../../../data/schema'
import { SCALES, VERDICTS } from '../../../data/vocabulary'
import { formatDate } from '../../format/dates'
import { exportRows, toCsv, toJson, toMarkdown, type ExportRow } from '../../logic/exports'

export const EXPORT_FORMATS = ['csv', 'json', 'markdown'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
const EXTENSIONS = { csv: 'csv', json: 'json', markdown: 'md' } as const
const COLUMNS = ['area', 'criterion', 'question', 'scale', 'messenger', 'reference', 'verdict', 'answer', 'summary', 'notes', 'asOf', 'sources'] as const

/** Returns the saved file's name, or null when the user cancelled. */
export function useExport(dataset: Dataset, language: Language, save: (request: TextFileRequest) => Promise<boolean>) {
  const { t } = useTranslation()
  return useCallback(
    async (format: ExportFormat): Promise<string | null> => {
      const verdictLabels = Object.fromEntries(VERDICTS.map((v) => [v, t(`verdict.${v}`)]))
      const rows = exportRows(dataset, language, verdictLabels, Object.fromEntries(SCALES.map((s) => [s, t(`scale.${s}`)])))
      const headers = Object.fromEntries(COLUMNS.map((key) => [key, t(`export.columns.${key}`)])) as Record<keyof ExportRow, string>
      const datasetLine = t('footer.dataset', { version: dataset.version, date: formatDate(dataset.date, language) })
      const content =
        format === 'csv'
          ? toCsv(rows, headers)
          : format === 'json'
            ? toJson(dataset, language, rows)
            : toMarkdown(dataset, language, rows, t('export.title'), datasetLine, t('inShort.title'))
      const suggestedName = `messenger-comparison-${dataset.version}-${language}.${EXTENSIONS[format]}`
      return (await save({ suggestedName, content, format })) ? suggestedName : null
    },
    [dataset, language, save, t]
  )
}
