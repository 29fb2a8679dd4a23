// Buttons pressed on the prerendered page before the app took over: the boot script records them,
// the app presses them again once it is there, so the first tap is never silently lost.
import { EARLY_CLICKS_GLOBAL } from './prerender-ids'

/** Stops the recording (from here on the app handles clicks) and returns what was pressed. */
export function takeEarlyClicks(globals: Record<string, unknown>): Element[] {
  const clicks = globals[EARLY_CLICKS_GLOBAL]
  globals[EARLY_CLICKS_GLOBAL] = null
  return Array.isArray(clicks) ? clicks.filter((c): c is Element => c instanceof Element) : []
}

/**
 * Presses them again. Hydration keeps the elements; a fresh render (the saved view differed from the
 * prerendered one) replaces them, and a replaced button is found again by its text, which names it
 * for a screen reader too ("Overview", "WhatsApp — Calls: …"). Only a button whose text is unique
 * on the new page is pressed: where a different view leaves none, or several, the tap is dropped
 * rather than pressing something the reader did not choose.
 */
export function replayClicks(clicks: readonly Element[], root: ParentNode): void {
  for (const button of clicks) {
    const target = button.isConnected ? button : sameButton(button, root)
    if (target instanceof HTMLElement) target.click()
  }
}

function sameButton(replaced: Element, root: ParentNode): Element | undefined {
  const text = replaced.textContent
  if (!text?.trim()) return undefined
  const matches = [...root.querySelectorAll('button')].filter((button) => button.textContent === text)
  return matches.length === 1 ? matches[0] : undefined
}
