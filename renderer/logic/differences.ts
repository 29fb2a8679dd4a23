// Side by side: the criteria on which two messengers got different verdicts.
import type { Criterion, Messenger } from '../../common/dataset/schema'

export function differingCriteria(criteria: Criterion[], a: Messenger, b: Messenger): Criterion[] {
  return criteria.filter((c) => (a.cells[c.id]?.verdict ?? 'unknown') !== (b.cells[c.id]?.verdict ?? 'unknown'))
}
