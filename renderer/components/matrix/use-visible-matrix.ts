// Which messengers and criteria the comparison shows, after the area filter, hidden columns and search.
import { useEffect, useMemo } from 'react'
import type { Area, Criterion, Dataset, Language, Messenger } from '../../../common/dataset/schema'
import { groupCriteriaByArea } from '../../logic/dataset-lookups'
import { chosenMessengers } from '../../logic/messenger-choice'
import { criterionMatches, parseQuery, searchIndexOf, type SearchQuery } from '../../logic/search'

export interface VisibleMatrix {
  messengers: Messenger[]
  groups: { area: Area; criteria: Criterion[] }[]
  matchCount: number
  /** The parsed search, for marking the matching words; null when there is none. */
  search: SearchQuery | null
}

interface Filters {
  dataset: Dataset
  /** Not used for matching any more (both languages are searched); kept so callers need not change. */
  language: Language
  query: string
  areaFilter: string | null
  hiddenMessengers: string[]
  addedMessengers: string[]
}

export function useVisibleMatrix({ dataset, query, areaFilter, hiddenMessengers, addedMessengers }: Filters): VisibleMatrix {
  // Build the search index while the reader looks at the table, not on their first keystroke.
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return
    const id = requestIdleCallback(() => searchIndexOf(dataset))
    return () => cancelIdleCallback(id)
  }, [dataset])
  return useMemo(() => {
    const messengers = chosenMessengers(dataset, hiddenMessengers, addedMessengers)
    const search = parseQuery(query)
    const index = searchIndexOf(dataset)
    const groups = groupCriteriaByArea(dataset)
      .filter(({ area }) => !areaFilter || area.id === areaFilter)
      .map(({ area, criteria }) => ({ area, criteria: criteria.filter((c) => criterionMatches(index, c, messengers, search)) }))
      .filter(({ criteria }) => criteria.length > 0)
    return { messengers, groups, matchCount: groups.reduce((n, g) => n + g.criteria.length, 0), search }
  }, [dataset, query, areaFilter, hiddenMessengers, addedMessengers])
}
