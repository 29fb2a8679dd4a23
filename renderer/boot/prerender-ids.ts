// Names shared by the prerender step, the boot script and the app entry.
export const PRERENDERED_ATTRIBUTE = 'data-prerendered'
/** The language index.html is prerendered in; another language's first screen loads on demand. */
export const PAGE_LANGUAGE = 'en'
/** On <html> while the first screen in the reader's language is not shown yet (#root is hidden meanwhile). */
export const WAITING_ATTRIBUTE = 'data-awaiting-language'
/** On <html> from the moment the boot script runs. index.html's notice about missing files shows while it
 * is absent (no script ran), or when MISSING_FILES_ATTRIBUTE is set (a script could not be loaded). The
 * stylesheet hides the notice otherwise; without the stylesheet it shows. */
export const BOOTED_ATTRIBUTE = 'data-booted'
/** On <html> when the address names a screen other than the comparison, the one prerendered: the
 * stylesheet keeps the prerendered screen hidden under that address until the app builds the right one. */
export const LINKED_SCREEN_ATTRIBUTE = 'data-linked-screen'
/** On <html> when a script the app needs could not be loaded; its value is the script's address. */
export const MISSING_FILES_ATTRIBUTE = 'data-missing-files'
/** On <html> once the app's first render is on the page (main.tsx). */
export const APP_STARTED_ATTRIBUTE = 'data-app-started'
/** On <html> when an error escaped before the app had started (a browser too old for its script, or a
 * fault): index.html's second notice says the page below can be read but its buttons do nothing. Its
 * value, 'web' or 'desktop', chooses the advice. */
export const START_FAILED_ATTRIBUTE = 'data-start-failed'
/** The global a first-screen script adds its markup to: { [language]: html }. */
export const FIRST_SCREENS_GLOBAL = '__messengerPrivacyFirstScreens'
export const firstScreenScriptFile = (language: string) => `assets/first-screen-${language}.js`
/** The buttons clicked on the prerendered page before the app took over (boot.ts records, main.tsx replays). */
export const EARLY_CLICKS_GLOBAL = '__messengerPrivacyEarlyClicks'
