// Presentation mode for workshops: the bottom line first, then one criterion per slide across all
// messengers, large type, arrow keys to step, S to reveal the summaries, Escape to leave.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dataset, Language } from '../../../common/dataset/schema'
import { usePlatform } from '../../bridge/platform-context'
import { InShortCard } from '../in-short/InShort'
import { VerdictBadge } from '../verdict/VerdictBadge'
import './presentation.css'

interface Props {
  dataset: Dataset
  language: Language
  /** The current slide lives in the view store, so it is in the address and Back steps through slides. */
  index: number
  onIndexChange: (index: number) => void
  onExit: () => void
}

export function Presentation({ dataset, language, index, onIndexChange, onExit }: Props) {
  const { t } = useTranslation()
  const platform = usePlatform()
  const [revealed, setRevealed] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const criteria = dataset.criteria
  // Slide 0 is the bottom line; slide n is criterion n − 1.
  const slideCount = criteria.length + 1
  const criterion = index > 0 ? criteria[index - 1] : undefined
  const area = criterion && dataset.areas.find((a) => a.id === criterion.area)
  const go = (step: number) => {
    onIndexChange(Math.max(0, Math.min(slideCount - 1, index + step)))
    setRevealed(false)
  }

  useEffect(() => {
    rootRef.current?.focus()
    // Full screen through the platform (the window in the desktop app, the Fullscreen API on the web);
    // the overlay alone works wherever that is refused.
    void platform.setFullScreen(true)
    return () => void platform.setFullScreen(false)
  }, [platform])

  const onKeyDown = (event: React.KeyboardEvent) => {
    const actions: Record<string, () => void> = {
      ArrowRight: () => go(1),
      PageDown: () => go(1),
      ' ': () => go(1),
      ArrowLeft: () => go(-1),
      PageUp: () => go(-1),
      Home: () => go(-slideCount),
      End: () => go(slideCount),
      s: () => setRevealed((r) => !r),
      S: () => setRevealed((r) => !r),
      // The same key on a Russian keyboard layout.
      ы: () => setRevealed((r) => !r),
      Ы: () => setRevealed((r) => !r),
      Escape: onExit
    }
    const action = actions[event.key]
    if (!action) return
    event.preventDefault()
    action()
  }

  return (
    <div
      ref={rootRef}
      className="presentation"
      role="region"
      aria-roledescription={t('presentation.title')}
      aria-label={t('presentation.title')}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      {criterion ? (
        <header className="presentation__header">
          <p className="presentation__area">{area?.title[language]}</p>
          <h2 className="presentation__title">{criterion.title[language]}</h2>
          <p className="presentation__question">{criterion.question[language]}</p>
          {criterion.scale === 'access' && (
            <p className="presentation__scale">
              {t('scale.access')}: {t('scale.accessQuestion')}
            </p>
          )}
        </header>
      ) : (
        <header className="presentation__header">
          <h2 className="presentation__title presentation__title--in-short">{t('presentation.inShortTitle')}</h2>
        </header>
      )}
      {!criterion ? (
        <div className="presentation__in-short">
          {dataset.messengers.map((messenger) => (
            <InShortCard key={messenger.id} dataset={dataset} messenger={messenger} language={language} />
          ))}
        </div>
      ) : (
        <ul className="presentation__messengers">
          {dataset.messengers.map((messenger) => {
            const cell = messenger.cells[criterion.id]
            return (
              <li key={messenger.id} className={`presentation__card${messenger.reference ? ' presentation__card--reference' : ''}`}>
                <p className="presentation__name">
                  {messenger.name}
                  {messenger.reference && <span className="presentation__reference"> · {t('matrix.reference')}</span>}
                </p>
                {cell && (
                  <>
                    <VerdictBadge verdict={cell.verdict} />
                    <p className="presentation__answer">{cell.answer[language]}</p>
                    {revealed && <p className="presentation__summary">{cell.summary[language]}</p>}
                  </>
                )}
              </li>
            )
          })}
        </ul>
      )}
      <footer className="presentation__footer">
        <p aria-live="polite">{t('presentation.slide', { current: index + 1, total: slideCount })}</p>
        <p className="presentation__keys">{t('presentation.keys')}</p>
        <div className="presentation__buttons">
          <button type="button" className="button" onClick={() => go(-1)} disabled={index === 0}>
            {t('presentation.previous')}
          </button>
          <button type="button" className="button" onClick={() => setRevealed((r) => !r)} aria-pressed={revealed}>
            {revealed ? t('presentation.hide') : t('presentation.reveal')}
          </button>
          <button type="button" className="button" onClick={() => go(1)} disabled={index === slideCount - 1}>
            {t('presentation.next')}
          </button>
          <button type="button" className="button" onClick={onExit}>
            {t('presentation.exit')}
          </button>
        </div>
      </footer>
    </div>
  )
}
