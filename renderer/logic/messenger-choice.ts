// Which messengers the comparison (and the handout and presentation after it) shows: the dataset's
// default selection (the four the app began with) less those the reader hid, plus those they added,
// never more than MAX_COMPARED_MESSENGERS (a longer saved or linked choice keeps its first ones).
import type { Dataset, Messenger } from '../../common/dataset/schema'
import { MAX_COMPARED_MESSENGERS } from '../../common/vocabulary'

/** With no default selection in the data, the first ones in the app's order are the default. */
export const isDefaultMessenger = (dataset: Dataset, id: string): boolean =>
  dataset.defaultMessengers
    ? dataset.defaultMessengers.includes(id)
    : dataset.messengers.slice(0, MAX_COMPARED_MESSENGERS).some((m) => m.id === id)

export function chosenMessengers(dataset: Dataset, hidden: readonly string[], added: readonly string[]): Messenger[] {
  return dataset.messengers
    .filter((m) => (isDefaultMessenger(dataset, m.id) ? !hidden.includes(m.id) : added.includes(m.id)))
    .slice(0, MAX_COMPARED_MESSENGERS)
}

/** Whether one more can be chosen: unticked boxes are disabled once this many are compared. */
export const canChooseMore = (chosenCount: number) => chosenCount < MAX_COMPARED_MESSENGERS
