// How many of the comparison's rows are built: a batch to start with, the next batch as the reader
// scrolls near the end (or presses "Show more"), all of them before printing. The real data (19
// criteria) is one batch; a data pack with hundreds of criteria no longer makes every keystroke,
// language switch or column change rebuild thousands of cells nobody can see yet.
import { useCallback, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { KEPT_HIDDEN_CLASS } from '../app/shown-screen'

export const ROW_BATCH = 25
/** Start building the next batch this far before its place scrolls into view. */
const AHEAD = '800px'

export function useRowWindow(rowCount: number) {
  const [limit, setLimit] = useState(ROW_BATCH)
  const showRows = useCallback((count: number) => setLimit((current) => Math.max(current, count)), [])
  const moreRef = useRef<HTMLDivElement>(null)
  const complete = limit >= rowCount

  useEffect(() => {
    const more = moreRef.current
    if (complete || !more || typeof IntersectionObserver !== 'function') return
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && setLimit((current) => current + ROW_BATCH),
      { rootMargin: AHEAD }
    )
    observer.observe(more)
    return () => observer.disconnect()
  }, [complete, limit])

  // Paper has no scrolling: the whole table goes to the printer, unless it is the comparison kept
  // hidden behind another screen (which is what is printed, and which a large pack would delay).
  useEffect(() => {
    if (complete) return
    const printAll = () => {
      if (moreRef.current?.closest(`.${KEPT_HIDDEN_CLASS}`)) return
      flushSync(() => setLimit(rowCount))
    }
    addEventListener('beforeprint', printAll)
    return () => removeEventListener('beforeprint', printAll)
  }, [complete, rowCount])

  return { rowLimit: Math.min(limit, rowCount), showRows, moreRef }
}
