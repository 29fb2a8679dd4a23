// The comparison stays built after the reader leaves it. Opening it again then costs a repaint instead
// of React building about a thousand elements and the browser laying them out again (measured: the
// median opening went from 49–86 ms to 23 ms on the bench machine, npm run bench).
// While another screen is shown it is hidden with content-visibility, which keeps its layout for the
// way back (display: none would throw it away) and, like display: none, takes it out of the page's
// focus order, find-in-page and the accessibility tree. A browser without content-visibility gets
// display: none instead (app.css); aria-hidden says the same to tools that do not lay the page out (jsdom).
import { MatrixScreen } from '../../screens/MatrixScreen'
import { KEPT_HIDDEN_CLASS } from './shown-screen'

export function KeptComparison({ shown }: { shown: boolean }) {
  return (
    <div className={shown ? 'kept-screen' : `kept-screen ${KEPT_HIDDEN_CLASS}`} {...(shown ? {} : { 'aria-hidden': true })}>
      <MatrixScreen />
    </div>
  )
}
