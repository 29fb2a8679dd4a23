// Light, dark, or whatever the system uses.
import { useTranslation } from 'react-i18next'
import { THEMES } from '../../../common/settings-defaults'
import type { Theme } from '../../../common/settings'

export function ThemeSelect({ theme, onChange }: { theme: Theme; onChange: (theme: Theme) => void }) {
  const { t } = useTranslation()
  return (
    <label className="theme-select">
      <span className="theme-select__label">{t('theme.label')}</span>
      <select value={theme} onChange={(event) => onChange(event.target.value as Theme)}>
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
