// The title bar: what this is, and the language and theme choices.
import { useTranslation } from 'react-i18next'
import type { Theme } from '../../../common/vocabulary'
import type { Language } from '../../../common/dataset/schema'
import { LanguageSwitch } from './LanguageSwitch'
import { ThemeSelect } from './ThemeSelect'
import './header.css'

interface Props {
  language: Language
  theme: Theme
  onLanguageChange: (language: Language) => void
  onThemeChange: (theme: Theme) => void
}

export function AppHeader({ language, theme, onLanguageChange, onThemeChange }: Props) {
  const { t } = useTranslation()
  return (
    <header className="app-header">
      <div className="app-header__text">
        <h1 className="app-header__title">{t('app.title')}</h1>
        <p className="app-header__tagline">{t('app.tagline')}</p>
      </div>
      <div className="app-header__controls">
        <LanguageSwitch language={language} onChange={onLanguageChange} />
        <ThemeSelect theme={theme} onChange={onThemeChange} />
      </div>
    </header>
  )
}
