// The title bar: what this is, and the language choice.
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../data/schema'
import { LanguageSwitch } from './LanguageSwitch'
import './header.css'

interface Props {
  language: Language
  onLanguageChange: (language: Language) => void
}

export function AppHeader({ language, onLanguageChange }: Props) {
  const { t } = useTranslation()
  return (
    <header className="app-header">
      <div className="app-header__text">
        <h1 className="app-header__title">{t('app.title')}</h1>
        <p className="app-header__tagline">{t('app.tagline')}</p>
      </div>
      <LanguageSwitch language={language} onChange={onLanguageChange} />
    </header>
  )
}
