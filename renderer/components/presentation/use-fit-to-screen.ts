// Shrinks a slide's type until it fits the screen without scrolling (a projector at 1280×720 or
// 1024×768, summaries shown), measured after layout; below the floor the slide scrolls instead.
import { useLayoutEffect, type RefObject } from 'react'

const STEP = 0.05
/** Smaller than this is unreadable from the back of a room: scroll rather than shrink further. */
const MIN_SCALE = 0.55

export function useFitToScreen(ref: RefObject<HTMLElement | null>, content: unknown): void {
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const overflows = () => element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1
    const fit = () => {
      let scale = 1
      element.style.setProperty('--slide-scale', '1')
      while (scale > MIN_SCALE && overflows()) {
        scale = Math.round((scale - STEP) * 100) / 100
        element.style.setProperty('--slide-scale', String(scale))
      }
    }
    fit()
    window.addEventListener('resize', fit)
    return () => window.removeEventListener('resize', fit)
  }, [ref, content])
}
