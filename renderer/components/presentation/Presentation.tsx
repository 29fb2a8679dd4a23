// Presentation mode for workshops: one criterion per slide across all messengers, large type,
// arrow keys to step, S to reveal the summaries, Escape to leave.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dataset, Language } from '../../../data/schema'
import { VerdictBadge } from '../verdict/VerdictBadge'
import './presentation.css'

interface Props {
  dataset: Dataset
  language: Language
  onExit: () => void
}

export function Presentation({ dataset, language, onExit }: Props) {
  const { t } = useTranslation()
  const [index, setIndex] = useState(0)
  const [revealed, setRevealed] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const criteria = dataset.criteria
  const criterion = criteria[index]!
  const area = dataset.areas.find((a) => a.id === criterion.area)
  const go = (step: number) => {
    setIndex((i) => Math.max(0, Math.min(criteria.length - 1, i + step)))
    setRevealed(false)
  }

  useEffect(() => {
    rootRef.current?.focus()
    // Full screen where the platform allows it; the overlay alone works everywhere else.
    void document.documentElement.requestFullscreen?.().catch(() => undefined)
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
    }
  }, [])

  const onKeyDown = (event: React.KeyboardEvent) => {
    const actions: Record<string, () => void> = {
      ArrowRight: () => go(1),
      PageDown: () => go(1),
      ' ': () => go(1),
      ArrowLeft: () => go(-1),
      PageUp: () => go(-1),
      Home: () => go(-criteria.length),
      End: () => go(criteria.length),
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
    <div ref={rootRef} className="presentation" role="region" aria-roledescription={t('presentation.title')} aria-label={t('presentation.title')} tabIndex={-1} onKeyDown={onKeyDown}>
      <header className="presentation__header">
        <p className="presentation__area">{area?.title[language]}</p>
        <h2 className="presentation__title">{criterion.title[language]}</h2>
        <p className="presentation__question">{criterion.question[language]}</p>
      </header>
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
      <footer className="presentation__footer">
        <p aria-live="polite">{t('presentation.slide', { current: index + 1, total: criteria.length })}</p>
        <p className="presentation__keys">{t('presentation.keys')}</p>
        <div className="presentation__buttons">
          <button type="button" className="button" onClick={() => go(-1)} disabled={index === 0}>
            {t('presentation.previous')}
          </button>
          <button type="button" className="button" onClick={() => setRevealed((r) => !r)} aria-pressed={revealed}>
            {revealed ? t('presentation.hide') : t('presentation.reveal')}
          </button>
          <button type="button" className="button" onClick={() => go(1)} disabled={index === criteria.length - 1}>
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
