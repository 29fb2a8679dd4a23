// The first screen in the reader's language, put into #root from the markup a first-screen script
// left in FIRST_SCREENS_GLOBAL: by the boot script while the page is still its own, or by the app
// when it takes over first (the portable file runs the app before the page has finished parsing).
import { FIRST_SCREENS_GLOBAL, PRERENDERED_ATTRIBUTE, WAITING_ATTRIBUTE } from './prerender-ids'

type Globals = Record<string, unknown>

const markupFor = (globals: Globals, language: string): string | undefined =>
  (globals[FIRST_SCREENS_GLOBAL] as Record<string, string> | null | undefined)?.[language]

function put(root: Element, language: string, markup: string) {
  const template = root.ownerDocument.createElement('template')
  template.innerHTML = markup
  root.replaceChildren(template.content)
  root.setAttribute(PRERENDERED_ATTRIBUTE, language)
}

/** The boot script, once the page is parsed: puts the first screen in place if the app has not
 * taken over, and shows #root again either way. */
export function showFirstScreen(globals: Globals, html: Element, root: Element | null, language: string): void {
  if (!html.hasAttribute(WAITING_ATTRIBUTE)) return
  const markup = markupFor(globals, language)
  if (root && markup !== undefined) put(root, language, markup)
  html.removeAttribute(WAITING_ATTRIBUTE)
}

/** The app, as it takes over: puts the first screen in place if it is there and not yet shown (so the
 * app hydrates it), and leaves the boot script nothing to put in place after this. */
export function takeOverFirstScreen(globals: Globals, html: Element, root: Element, language: string): void {
  const markup = markupFor(globals, language)
  globals[FIRST_SCREENS_GLOBAL] = null
  if (html.hasAttribute(WAITING_ATTRIBUTE) && markup !== undefined && root.getAttribute(PRERENDERED_ATTRIBUTE) !== language)
    put(root, language, markup)
}
