// Buttons pressed on the prerendered page before the app took over: the boot script records them,
// the app presses them again once it is there, so the first tap is never silently lost.
import { EARLY_CLICKS_GLOBAL } from './prerender-ids'

/** Stops the recording (from here on the app handles clicks) and returns what was pressed. */
export function takeEarlyClicks(globals: Record<string, unknown>): Element[] {
  const clicks = globals[EARLY_CLICKS_GLOBAL]
  globals[EARLY_CLICKS_GLOBAL] = null
  return Array.isArray(clicks) ? clicks.filter((c): c is Element => c instanceof Element) : []
}

/** Presses them again, those still on the page (hydration keeps the elements; a fresh render does not). */
export function replayClicks(clicks: readonly Element[]): void {
  for (const button of clicks) if (button.isConnected && button instanceof HTMLElement) button.click()
}
