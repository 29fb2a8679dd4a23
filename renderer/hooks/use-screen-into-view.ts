// After the screen changes, its heading is brought into view if it is out of sight: on a small phone
// the header and the menu fill the first screenful, and a tap that changes nothing visible looks broken.
import { useEffect, useRef } from 'react'
import { shownScreenHeading } from '../components/app/shown-screen'

export function useScreenIntoView(screen: string): void {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const heading = shownScreenHeading()
    if (!heading) return
    const { top, bottom } = heading.getBoundingClientRect()
    if (top < 0 || bottom > window.innerHeight) heading.scrollIntoView({ block: 'start' })
  }, [screen])
}
