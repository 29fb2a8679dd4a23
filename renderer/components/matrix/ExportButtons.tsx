// Export the comparison (in the current language) as CSV, JSON or Markdown.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EXPORT_FORMATS, type ExportFormat } from '../../../common/vocabulary'

export function ExportButtons({ onExport }: { onExport: (format: ExportFormat) => Promise<string | null> }) {
  const { t } = useTranslation()
  const [saved, setSaved] = useState<string | null>(null)
  return (
    <div className="export" role="group" aria-label={t('export.label')}>
      <span className="export__label">{t('export.label')}:</span>
      {EXPORT_FORMATS.map((format) => (
        <button key={format} type="button" className="button" onClick={async () => setSaved(await onExport(format))}>
          {t(`export.${format}`)}
        </button>
      ))}
      <span role="status" className="export__status">
        {saved && t('export.saved', { file: saved })}
      </span>
    </div>
  )
}
