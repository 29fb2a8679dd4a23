// What the address says about the view, in the hash so it works from file:// and survives being
// sent to someone: `#/matrix?cell=max/metadata&q=…&area=encryption&hide=signal&add=threema&slide=3&pair=max,signal`
// (`area=all` and an empty `hide=` name the defaults, as a presentation's address does).
// Parsing never throws: anything unknown or malformed is dropped, and an empty state means "default".
import type { Dataset } from '../../common/dataset/schema'
import { ALL_AREAS } from '../../common/dataset/vocabulary'
import { DEFAULT_SCREEN, ID_PATTERN, type ScreenId } from '../../common/vocabulary'
import { screenOfHash } from './hash-screen'
import type { CellRef } from '../store/view-store'
import { chosenMessengers, isDefaultMessenger } from './messenger-choice'
import { maxDeckLength } from './presentation-deck'

export interface UrlState {
  screen: ScreenId
  cell: CellRef | null
  query: string
  /** An area's id, ALL_AREAS, or null where the address does not name one. */
  areaFilter: string | null
  hiddenMessengers: string[] | null
  /** Messengers outside the default selection that are compared too. */
  addedMessengers: string[] | null
  /** The presentation's slide, when it is open. */
  slide: number | null
  comparePair: [string, string] | null
}

export const DEFAULT_URL_STATE: UrlState = {
  screen: DEFAULT_SCREEN,
  cell: null,
  query: '',
  areaFilter: null,
  hiddenMessengers: null,
  addedMessengers: null,
  slide: null,
  comparePair: null
}

const MAX_QUERY = 200
const isId = (value: string) => value.length <= 80 && ID_PATTERN.test(value)

export function parseHash(hash: string, dataset: Dataset): UrlState {
  // Never throws: a malformed query is read as far as it goes, a malformed screen is the default.
  const params = new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '')
  const messengerIds = new Set(dataset.messengers.map((m) => m.id))
  const isMessenger = (id: string) => isId(id) && messengerIds.has(id)
  const screen = screenOfHash(hash) ?? DEFAULT_SCREEN

  const [messengerId = '', criterionId = ''] = (params.get('cell') ?? '').split('/')
  const cell =
    isMessenger(messengerId) && isId(criterionId) && dataset.criteria.some((c) => c.id === criterionId)
      ? { messengerId, criterionId }
      : null

  const area = params.get('area')
  const areaFilter = area === ALL_AREAS || (area && isId(area) && dataset.areas.some((a) => a.id === area)) ? area : null

  const hide = params.get('hide')
  const hiddenMessengers = hide === null ? null : hide.split(',').filter(isMessenger)
  const add = params.get('add')
  const addedMessengers = add === null ? null : shownAdditions(dataset, hiddenMessengers ?? [], add.split(',').filter(isMessenger))

  const slideText = params.get('slide')
  const slideNumber = slideText !== null && /^\d{1,3}$/.test(slideText) ? Number(slideText) : null
  const slide = slideNumber !== null && slideNumber >= 1 && slideNumber <= maxDeckLength(dataset) ? slideNumber - 1 : null

  const pairIds = (params.get('pair') ?? '').split(',')
  const comparePair = pairIds.length === 2 && pairIds.every(isMessenger) ? (pairIds as [string, string]) : null

  return {
    screen,
    cell,
    query: (params.get('q') ?? '').slice(0, MAX_QUERY),
    areaFilter,
    hiddenMessengers,
    addedMessengers,
    slide,
    comparePair
  }
}

/** A hand-made link may add more than can be compared at once: of the messengers outside the default
 * selection only those shown are kept, once each, so unticking one later never brings in another the
 * reader did not see chosen. (An id of the default selection changes nothing there and is kept.) */
function shownAdditions(dataset: Dataset, hidden: readonly string[], added: readonly string[]): string[] {
  const shown = new Set(chosenMessengers(dataset, hidden, added).map((m) => m.id))
  return [...new Set(added)].filter((id) => shown.has(id) || isDefaultMessenger(dataset, id))
}

export function formatHash(state: UrlState): string {
  const params = new URLSearchParams()
  // A slide's number means something only with the deck it belongs to, which the area and the messengers
  // compared decide: a presentation's address names them even when they are the defaults, so the slide
  // sent is the slide seen, whatever the reader had saved.
  const presenting = state.slide !== null
  const hidden = state.hiddenMessengers ?? []
  const added = state.addedMessengers ?? []
  if (state.cell) params.set('cell', `${state.cell.messengerId}/${state.cell.criterionId}`)
  if (state.query) params.set('q', state.query)
  if (state.areaFilter || presenting) params.set('area', state.areaFilter ?? ALL_AREAS)
  if (hidden.length > 0 || (presenting && added.length === 0)) params.set('hide', hidden.join(','))
  if (added.length > 0) params.set('add', added.join(','))
  if (state.slide !== null) params.set('slide', String(state.slide + 1))
  if (state.comparePair && state.screen === 'compare') params.set('pair', state.comparePair.join(','))
  const query = params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',')
  return `#/${state.screen}${query ? `?${query}` : ''}`
}

const cellKey = (s: UrlState) => (s.cell ? `${s.cell.messengerId}/${s.cell.criterionId}` : '')

/**
 * Changing screen, opening or closing a cell and opening or closing the presentation are steps Back
 * can undo; typing, filtering and moving between slides only rewrite the current entry.
 */
export function isNavigation(previous: UrlState, next: UrlState): boolean {
  return previous.screen !== next.screen || cellKey(previous) !== cellKey(next) || (previous.slide === null) !== (next.slide === null)
}

/** Something open (a cell, the presentation) was closed, on the same screen. */
export function isClosing(previous: UrlState, next: UrlState): boolean {
  return (
    previous.screen === next.screen && ((previous.cell !== null && next.cell === null) || (previous.slide !== null && next.slide === null))
  )
}
