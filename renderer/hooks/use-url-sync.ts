// Keeps the address bar and the view in step, both ways: the screen, the open cell, the search, the
// area and hidden messengers, Side by side's pair and the presentation's slide. Opening or closing
// something adds a history entry (so Android's Back closes a dialog instead of the file); typing and
// filtering rewrite the current one. A deep link opens its view; an unknown or malformed screen in it
// opens the default screen (the rest of the link still applies).
// The area filter and the messenger choice are saved settings, not steps: a link that does not name
// them leaves the saved ones alone, and Back or Forward never undoes them (the address is rewritten
// to show them instead).
import { useEffect } from 'react'
import type { Dataset } from '../../common/dataset/schema'
import { ALL_AREAS } from '../../common/dataset/vocabulary'
import { formatHash, isClosing, isNavigation, parseHash, type UrlState } from '../logic/url-state'
import type { PreferencesStore } from '../store/preferences-store'
import { useViewStore } from '../store/view-store'

function currentState(preferences: PreferencesStore): UrlState {
  const view = useViewStore.getState()
  const { areaFilter, hiddenMessengers, addedMessengers } = preferences.getState()
  return {
    screen: view.screen,
    cell: view.openCell,
    query: view.searchQuery,
    areaFilter,
    hiddenMessengers,
    addedMessengers,
    slide: view.slide,
    comparePair: view.comparePair
  }
}

function applyView(state: UrlState): void {
  useViewStore.setState({
    screen: state.screen,
    openCell: state.cell,
    searchQuery: state.query,
    slide: state.slide,
    ...(state.comparePair && { comparePair: state.comparePair })
  })
}

/** What a link says about the saved settings; what it does not name stays as saved. The messengers
 * hidden and added are one choice: a link naming either gives the whole choice (an empty list is left
 * out of an address), so it never mixes the sender's with the reader's. */
function applyLinkedSettings(state: UrlState, preferences: PreferencesStore): void {
  const prefs = preferences.getState()
  if (state.areaFilter !== null) {
    const areaFilter = state.areaFilter === ALL_AREAS ? null : state.areaFilter
    if (prefs.areaFilter !== areaFilter) prefs.setAreaFilter(areaFilter)
  }
  if (state.hiddenMessengers === null && state.addedMessengers === null) return
  const hidden = state.hiddenMessengers ?? []
  const added = state.addedMessengers ?? []
  if (hidden.join(',') !== prefs.hiddenMessengers.join(',')) preferences.setState({ hiddenMessengers: hidden })
  if (added.join(',') !== prefs.addedMessengers.join(',')) preferences.setState({ addedMessengers: added })
}

/** History entries this app pushed to open something: closing it then goes Back instead of forward. */
interface EntryState {
  opened: boolean
}

export function useUrlSync(dataset: Dataset, preferences: PreferencesStore): void {
  useEffect(() => {
    if (window.location.hash) {
      const linked = parseHash(window.location.hash, dataset)
      applyView(linked)
      applyLinkedSettings(linked, preferences)
    }
    let last = currentState(preferences)
    window.history.replaceState({ opened: false } satisfies EntryState, '', formatHash(last))
    let applying = false

    const write = () => {
      if (applying) return
      const next = currentState(preferences)
      const hash = formatHash(next)
      if (hash === window.location.hash) {
        last = next
        return
      }
      const entry = window.history.state as EntryState | null
      if (!isNavigation(last, next)) window.history.replaceState(entry, '', hash)
      else if (entry?.opened && isClosing(last, next))
        // Closing what this entry opened: step back to the entry before rather than piling on a new one.
        window.history.back()
      else window.history.pushState({ opened: true } satisfies EntryState, '', hash)
      last = next
    }

    const onPopState = () => {
      applying = true
      // Back also dismisses an "open this link?" question: it belonged to the view being left.
      useViewStore.getState().settleLink()
      const linked = parseHash(window.location.hash, dataset)
      applyView(linked)
      // An entry this app made carries a state; one without is a link the reader went to in this tab
      // (pasted, bookmarked, typed), whose settings apply as on opening it.
      const isNewLink = window.history.state === null
      if (isNewLink) applyLinkedSettings(linked, preferences)
      applying = false
      last = currentState(preferences)
      // An entry stepped back or forward to may predate the current settings: show them, not undo them.
      const hash = formatHash(last)
      if (isNewLink || hash !== window.location.hash)
        window.history.replaceState(isNewLink ? ({ opened: false } satisfies EntryState) : window.history.state, '', hash)
    }

    const stopView = useViewStore.subscribe(write)
    const stopPreferences = preferences.subscribe(write)
    window.addEventListener('popstate', onPopState)
    return () => {
      stopView()
      stopPreferences()
      window.removeEventListener('popstate', onPopState)
    }
  }, [dataset, preferences])
}
