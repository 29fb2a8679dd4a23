// Which messengers and criteria the comparison shows, after the area filter, hidden columns and search.
import { useMemo } from 'react'
import type { Area, Criterion, Dataset, Language, Messenger } from '../../../common/dataset/schema'
import { groupCriteriaByArea } from '../../logic/dataset-lookups'
import { criterionMatches } from '../../logic/search'

export interface VisibleMatrix {
  messengers: Messenger[]
  groups: { area: Area; criteria: Criterion[] }[]
  matchCount: number
}

interface Filters {
  dataset: Dataset
  language: Language
  query: string
  areaFilter: string | null
  hiddenMessengers: string[]
}

export function useVisibleMatrix({ dataset, language, query, areaFilter, hiddenMessengers }: Filters): VisibleMatrix {
  return useMemo(() => {
    const messengers = dataset.messengers.filter((m) => !hiddenMessengers.includes(m.id))
    const groups = groupCriteriaByArea(dataset)
      .filter(({ area }) => !areaFilter || area.id === areaFilter)
      .map(({ area, criteria }) => ({ area, criteria: criteria.filter((c) => criterionMatches(c, messengers, language, query)) }))
      .filter(({ criteria }) => criteria.length > 0)
    return { messengers, groups, matchCount: groups.reduce((n, g) => n + g.criteria.length, 0) }
  }, [dataset, language, query, areaFilter, hiddenMessengers])
}
