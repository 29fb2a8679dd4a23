// Switches the whole UI and the data between English and Russian.
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../common/dataset/schema'
import { LANGUAGES } from '../../../common/dataset/vocabulary'

interface Props {
  language: Language
  onChange: (language: Language) => void
}

export function LanguageSwitch({ language, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__option"
          aria-pressed={option === language}
          onClick={() => onChange(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  )
}
