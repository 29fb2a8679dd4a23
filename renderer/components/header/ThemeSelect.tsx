// Light, dark, or whatever the system uses.
import { useLayoutEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { THEMES, type Theme } from '../../../common/vocabulary'

export function ThemeSelect({ theme, onChange }: { theme: Theme; onChange: (theme: Theme) => void }) {
  const { t } = useTranslation()
  const selectRef = useRef<HTMLSelectElement>(null)
  // Hydrating the prerendered page keeps its "system" choice; set the saved one explicitly.
  useLayoutEffect(() => {
    if (selectRef.current) selectRef.current.value = theme
  }, [theme])
  return (
    <label className="theme-select">
      <span className="theme-select__label">{t('theme.label')}</span>
      <select ref={selectRef} value={theme} onChange={(event) => onChange(event.target.value as Theme)}>
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
