// Which messengers the comparison (and the handout and presentation after it) shows: the dataset's
// default selection (the four the app began with) less those the reader hid, plus those they added,
// never more than MAX_COMPARED_MESSENGERS (a longer saved or linked choice keeps its references and first others).
import type { Dataset, Messenger } from '../../common/dataset/schema'
import { MAX_COMPARED_MESSENGERS } from '../../common/vocabulary'

/** At most `most` of them, in order: references kept (the measure of strong protection), then the first others. */
export function withinLimit(messengers: readonly Messenger[], most: number): Messenger[] {
  const references = messengers.filter((m) => m.reference)
  const others = messengers.filter((m) => !m.reference).slice(0, Math.max(0, most - references.length))
  return messengers.filter((m) => references.includes(m) || others.includes(m))
}

/** With no default selection in the data, the first ones in the app's order (references kept) are the default. */
export const isDefaultMessenger = (dataset: Dataset, id: string): boolean =>
  dataset.defaultMessengers
    ? dataset.defaultMessengers.includes(id)
    : withinLimit(dataset.messengers, MAX_COMPARED_MESSENGERS).some((m) => m.id === id)

export function chosenMessengers(dataset: Dataset, hidden: readonly string[], added: readonly string[]): Messenger[] {
  const chosen = dataset.messengers.filter((m) => (isDefaultMessenger(dataset, m.id) ? !hidden.includes(m.id) : added.includes(m.id)))
  return withinLimit(chosen, MAX_COMPARED_MESSENGERS)
}

/** Whether one more can be chosen: unticked boxes are disabled once the most are chosen. */
export const canChooseMore = (chosenCount: number, most: number = MAX_COMPARED_MESSENGERS) => chosenCount < most

/** The handout's two A4 pages hold four messengers: the bottom lines, first steps and verdict table. */
export const HANDOUT_MAX_MESSENGERS = 4

/** The handout starts from the comparison's choice, cut to what the sheet holds: references kept, then
 * the others in order (Signal stays as the measure of strong protection). */
export function handoutStartingChoice(dataset: Dataset, comparedIds: readonly string[]): string[] {
  return withinLimit(
    dataset.messengers.filter((m) => comparedIds.includes(m.id)),
    HANDOUT_MAX_MESSENGERS
  ).map((m) => m.id)
}
