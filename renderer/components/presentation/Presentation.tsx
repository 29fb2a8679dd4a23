// Presentation mode for workshops: a title slide, the bottom line, one slide per criterion and each
// messenger's first steps, for the comparison's chosen areas and messengers. Keys always work: the
// rest of the page is inert while it is open, disabled-looking buttons keep focus, and leaving returns
// focus to where the trainer started. Each slide's type shrinks until it fits the screen.
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { Dataset, Language } from '../../../common/dataset/schema'
import { usePlatform } from '../../bridge/platform-context'
import { shownScreenHeading } from '../app/shown-screen'
import type { Deck } from '../../logic/presentation-deck'
import { SlideContent, SlideSources } from './slides'
import { useFitToScreen } from './use-fit-to-screen'
import './presentation.css'

interface Props {
  dataset: Dataset
  deck: Deck
  language: Language
  /** The current slide lives in the view store, so it is in the address and Back steps through slides. */
  index: number
  onIndexChange: (index: number) => void
  onExit: () => void
}

/** Keys by what they do; the Russian layout's letters on the same keys as S and I work too. */
const KEYS: Record<string, 'next' | 'previous' | 'first' | 'last' | 'summaries' | 'sources' | 'exit'> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  s: 'summaries',
  S: 'summaries',
  ы: 'summaries',
  Ы: 'summaries',
  i: 'sources',
  I: 'sources',
  ш: 'sources',
  Ш: 'sources',
  Escape: 'exit'
}

export function Presentation({ dataset, deck, language, index, onIndexChange, onExit }: Props) {
  const { t } = useTranslation()
  const platform = usePlatform()
  const [summaries, setSummaries] = useState(false)
  const [sources, setSources] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const last = deck.slides.length - 1
  const current = Math.min(index, last)
  const slide = deck.slides[current]!
  useFitToScreen(rootRef, `${current}|${summaries}|${sources}|${language}`)

  // Summaries and sources stay as the trainer set them from slide to slide.
  const go = (to: number) => {
    const next = Math.max(0, Math.min(last, to))
    if (next !== current) onIndexChange(next)
  }
  const actions = {
    next: () => go(current + 1),
    previous: () => go(current - 1),
    first: () => go(0),
    last: () => go(last),
    summaries: () => setSummaries((on) => !on),
    sources: () => setSources((on) => !on),
    exit: onExit
  }

  useEffect(() => {
    // Everything behind the slides is inert, so focus and keys cannot wander off into the page.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const app = document.getElementById('root')
    if (app) app.inert = true
    rootRef.current?.focus()
    // Full screen through the platform (the window in the desktop app, the Fullscreen API on the web);
    // the overlay alone works wherever that is refused.
    void platform.setFullScreen(true)
    return () => {
      if (app) app.inert = false
      void platform.setFullScreen(false)
      // Back to where the trainer started (the Present button); after a deep link, the screen's heading.
      if (opener?.isConnected && opener !== document.body) return opener.focus()
      const heading = shownScreenHeading()
      if (!heading) return
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
      heading.focus()
    }
  }, [platform])

  // Keys are heard on the whole document, so they work wherever focus is; Tab cycles inside the slides.
  const latestActions = useRef(actions)
  useLayoutEffect(() => {
    latestActions.current = actions
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const root = rootRef.current
      if (!root || event.altKey || event.ctrlKey || event.metaKey) return
      if (event.key === 'Tab') return keepTabInside(root, event)
      const action = KEYS[event.key]
      // A focused button answers Enter and Space itself.
      if (!action || ((event.key === 'Enter' || event.key === ' ') && event.target instanceof HTMLButtonElement)) return
      event.preventDefault()
      latestActions.current[action]()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  const control = (label: string, onClick: () => void, disabled = false, pressed?: boolean) => (
    // Never `disabled`: a disabled button drops focus to <body>, and the keys with it.
    <button
      type="button"
      className="button"
      aria-disabled={disabled || undefined}
      aria-pressed={pressed}
      onClick={disabled ? undefined : onClick}
    >
      {label}
    </button>
  )

  return createPortal(
    <div
      ref={rootRef}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-roledescription={t('presentation.title')}
      aria-label={t('presentation.title')}
      lang={language}
      tabIndex={-1}
      data-slide-kind={slide.kind}
    >
      <div className="presentation__slide">
        <SlideContent slide={slide} dataset={dataset} messengers={deck.messengers} language={language} summaries={summaries} />
        {sources && <SlideSources slide={slide} dataset={dataset} messengers={deck.messengers} language={language} />}
      </div>
      <footer className="presentation__footer">
        <p aria-live="polite">{t('presentation.slide', { current: current + 1, total: deck.slides.length })}</p>
        <p className="presentation__keys">{t('presentation.keys')}</p>
        <div className="presentation__buttons">
          {control(t('presentation.previous'), actions.previous, current === 0)}
          {control(summaries ? t('presentation.hide') : t('presentation.reveal'), actions.summaries, false, summaries)}
          {control(t('presentation.sources'), actions.sources, false, sources)}
          {control(t('presentation.next'), actions.next, current === last)}
          {control(t('presentation.exit'), actions.exit)}
        </div>
      </footer>
    </div>,
    document.body
  )
}

/** Tab from the last control goes to the first, Shift+Tab from the first (or from outside) to the last. */
function keepTabInside(root: HTMLElement, event: KeyboardEvent): void {
  const controls = [...root.querySelectorAll<HTMLElement>('button, [href], input, select, [tabindex="0"]')]
  const [first, last] = [controls[0], controls.at(-1)]
  if (!first || !last) return
  const active = document.activeElement
  const inside = active instanceof Node && root.contains(active) && active !== root
  if (event.shiftKey && (!inside || active === first)) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && (!inside || active === last)) {
    event.preventDefault()
    first.focus()
  }
}
