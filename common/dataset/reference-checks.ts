// Ids across files: each id is unique where it must be, and every id that names something else
// (a cell's criterion, a checklist's messenger, a concern's criteria, an event's messengers) exists.
import { DATA_FILE_NAMES, messengerIdOfFile } from './data-files'
import type { DatasetCandidate } from './parse-files'
import { errorAt, type DataProblem } from './problems'

/** A test for ids met one after another: true for an id already met. */
export function seenBefore(): (id: string) => boolean {
  const seen = new Set<string>()
  return (id) => seen.has(id) || (seen.add(id), false)
}

function messengerReferences({ messengers, criteria }: DatasetCandidate): DataProblem[] {
  const problems: DataProblem[] = []
  const isDuplicate = seenBefore()
  for (const { file, messenger } of messengers) {
    const place = { file, messenger: messenger.id }
    if (messenger.id !== messengerIdOfFile(file)) problems.push(errorAt(place, `id "${messenger.id}" does not match the file name`))
    if (isDuplicate(messenger.id)) problems.push(errorAt(place, 'duplicate messenger id'))
    if (!criteria) continue
    const known = new Set(criteria.criteria.map((c) => c.id))
    for (const criterion of criteria.criteria)
      // Own properties only: an id such as "constructor" must not find Object.prototype's.
      if (!Object.hasOwn(messenger.cells, criterion.id)) problems.push(errorAt({ ...place, criterion: criterion.id }, 'missing cell'))
    for (const id of Object.keys(messenger.cells))
      if (!known.has(id)) problems.push(errorAt({ ...place, criterion: id }, 'cell for a criterion that does not exist in criteria.json'))
  }
  return problems
}

function criteriaReferences({ criteria }: DatasetCandidate): DataProblem[] {
  if (!criteria) return []
  const areaIds = new Set(criteria.areas.map((a) => a.id))
  const isDuplicate = seenBefore()
  return criteria.criteria.flatMap((criterion) => {
    const place = { file: DATA_FILE_NAMES.criteria, criterion: criterion.id }
    return [
      ...(areaIds.has(criterion.area) ? [] : [errorAt(place, `unknown area "${criterion.area}"`)]),
      ...(isDuplicate(criterion.id) ? [errorAt(place, 'duplicate criterion id')] : [])
    ]
  })
}

function timelineReferences({ timeline, messengers }: DatasetCandidate): DataProblem[] {
  const messengerIds = new Set(messengers.map((m) => m.messenger.id))
  const isDuplicate = seenBefore()
  const place = { file: DATA_FILE_NAMES.timeline }
  return (timeline?.events ?? []).flatMap((event) => {
    const label = `event "${event.id}"`
    return [
      ...(isDuplicate(event.id) ? [errorAt(place, `${label}: duplicate id`)] : []),
      ...event.messengers.filter((id) => !messengerIds.has(id)).map((id) => errorAt(place, `${label}: unknown messenger "${id}"`))
    ]
  })
}

function checklistReferences({ checklists, messengers }: DatasetCandidate): DataProblem[] {
  if (!checklists) return []
  const file = DATA_FILE_NAMES.checklists
  const problems: DataProblem[] = []
  for (const { messenger } of messengers)
    if (!Object.hasOwn(checklists.checklists, messenger.id))
      problems.push(errorAt({ file, messenger: messenger.id }, 'no checklist for this messenger'))
  for (const [messengerId, items] of Object.entries(checklists.checklists)) {
    const place = { file, messenger: messengerId }
    if (!messengers.some((m) => m.messenger.id === messengerId))
      problems.push(errorAt(place, 'checklist for a messenger that does not exist'))
    const isDuplicate = seenBefore()
    for (const item of items) if (isDuplicate(item.id)) problems.push(errorAt(place, `item "${item.id}": duplicate id`))
  }
  return problems
}

function concernReferences({ concerns, criteria }: DatasetCandidate): DataProblem[] {
  if (!concerns || !criteria) return []
  const file = DATA_FILE_NAMES.concerns
  const criterionIds = new Set(criteria.criteria.map((c) => c.id))
  const concernIds = new Set(concerns.concerns.map((c) => c.id))
  const problems: DataProblem[] = []
  for (const concern of concerns.concerns) {
    const label = `concern "${concern.id}"`
    for (const id of concern.criteria)
      if (!criterionIds.has(id)) problems.push(errorAt({ file, criterion: id }, `${label}: unknown criterion`))
    for (const id of concern.essential)
      if (!concern.criteria.includes(id))
        problems.push(errorAt({ file, criterion: id }, `${label}: essential criterion is not among its criteria`))
  }
  for (const preset of concerns.presets)
    for (const id of preset.concerns)
      if (!concernIds.has(id)) problems.push(errorAt({ file }, `preset "${preset.id}": unknown concern "${id}"`))
  return problems
}

function messengerOrderReferences({ meta, messengerFileIds }: DatasetCandidate): DataProblem[] {
  const unknown = (field: 'messengerOrder' | 'defaultMessengers', ids: readonly string[]) =>
    ids
      .filter((id) => !messengerFileIds.includes(id))
      .map((id) => errorAt({ file: DATA_FILE_NAMES.meta }, `${field}: unknown messenger "${id}"`))
  return [...unknown('messengerOrder', meta?.messengerOrder ?? []), ...unknown('defaultMessengers', meta?.defaultMessengers ?? [])]
}

export function referenceChecks(candidate: DatasetCandidate): DataProblem[] {
  return [
    ...messengerReferences(candidate),
    ...criteriaReferences(candidate),
    ...timelineReferences(candidate),
    ...checklistReferences(candidate),
    ...concernReferences(candidate),
    ...messengerOrderReferences(candidate)
  ]
}
