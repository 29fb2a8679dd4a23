// Keeps the document in step with the preferences: i18n language, <html lang>, the title and the theme.
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { usePreferences } from '../store/preferences-context'

export function useDocumentSync(): void {
  const { t, i18n } = useTranslation()
  const language = usePreferences((s) => s.language)
  const theme = usePreferences((s) => s.theme)

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language)
    document.documentElement.lang = language
    document.title = t('app.title')
  }, [i18n, language, t])

  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = theme
  }, [theme])
}
