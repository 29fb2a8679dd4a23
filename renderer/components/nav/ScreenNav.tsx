// The sections of the app, reachable by keyboard; the current one is announced to screen readers.
import { useTranslation } from 'react-i18next'
import { SCREEN_IDS, type ScreenId } from '../../../common/vocabulary'
import './nav.css'

export function ScreenNav({ screen, onSelect }: { screen: ScreenId; onSelect: (screen: ScreenId) => void }) {
  const { t } = useTranslation()
  return (
    <nav className="screen-nav" aria-label={t('nav.label')}>
      <ul className="screen-nav__list">
        {SCREEN_IDS.map((option) => (
          <li key={option}>
            <button
              type="button"
              className="screen-nav__item"
              aria-current={option === screen ? 'page' : undefined}
              onClick={() => onSelect(option)}
            >
              {t(`nav.${option}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
