// Exports the comparison in the current language through the platform (download or save dialog).
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { TextFileRequest } from '../../../common/ipc-contract'
import { TEXT_FILE_EXTENSIONS, type ExportFormat } from '../../../common/vocabulary'
import type { Dataset, Language } from '../../../common/dataset/schema'
import { PUBLISHER_KINDS, PUBLISHER_TIERS, SCALES, VERDICTS } from '../../../common/dataset/vocabulary'
import { todayIso } from '../../format/today'
import { formatDate } from '../../format/dates'
import { toCsv, toJson, toMarkdown } from '../../logic/export-files'
import { exportRows, type ExportRow } from '../../logic/exports'

/** Returns the saved file's name, or null when the user cancelled. */
export function useExport(dataset: Dataset, language: Language, save: (request: TextFileRequest) => Promise<boolean>) {
  const { t } = useTranslation()
  return useCallback(
    async (format: ExportFormat): Promise<string | null> => {
      const labels = {
        verdicts: Object.fromEntries(VERDICTS.map((v) => [v, t(`verdict.${v}`)])),
        scales: Object.fromEntries(SCALES.map((s) => [s, t(`scale.${s}`)])),
        kinds: Object.fromEntries(PUBLISHER_KINDS.map((k) => [k, t(`sourceKind.${k}`)])),
        tiers: Object.fromEntries([...PUBLISHER_TIERS, 'unknown' as const].map((k) => [k, t(`sourceTier.${k}`)])),
        copyOf: (publisher: string) => t('details.copyOf', { publisher }),
        stale: { 'review-due': t('export.stale.review-due'), 'evidence-old': t('export.stale.evidence-old') }
      }
      const rows = exportRows(dataset, language, labels, todayIso())
      // The CSV's columns, in order: typed by ExportRow, so a field missing here or unknown there fails to compile.
      const headers: Record<keyof ExportRow, string> = {
        area: t('export.columns.area'),
        criterion: t('export.columns.criterion'),
        question: t('export.columns.question'),
        scale: t('export.columns.scale'),
        messenger: t('export.columns.messenger'),
        reference: t('export.columns.reference'),
        verdict: t('export.columns.verdict'),
        answer: t('export.columns.answer'),
        summary: t('export.columns.summary'),
        notes: t('export.columns.notes'),
        reviewed: t('export.columns.reviewed'),
        evidence: t('export.columns.evidence'),
        outdated: t('export.columns.outdated'),
        sources: t('export.columns.sources')
      }
      const datasetLine = t('footer.dataset', { version: dataset.version, date: formatDate(dataset.date, language) })
      const content =
        format === 'csv'
          ? toCsv(rows, headers, [t('export.yes'), t('export.no')])
          : format === 'json'
            ? toJson(dataset, language, rows)
            : toMarkdown(dataset, language, rows, t('export.title'), datasetLine, t('inShort.title'))
      const suggestedName = `messenger-comparison-${dataset.version}-${language}.${TEXT_FILE_EXTENSIONS[format]}`
      return (await save({ suggestedName, content, format })) ? suggestedName : null
    },
    [dataset, language, save, t]
  )
}
