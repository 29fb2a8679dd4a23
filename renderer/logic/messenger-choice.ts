// Which messengers the comparison (and the handout and presentation after it) shows: the dataset's
// default selection (the four the app began with) less those the reader hid, plus those they added.
import type { Dataset, Messenger } from '../../common/dataset/schema'

export const isDefaultMessenger = (dataset: Dataset, id: string): boolean =>
  !dataset.defaultMessengers || dataset.defaultMessengers.includes(id)

export function chosenMessengers(dataset: Dataset, hidden: readonly string[], added: readonly string[]): Messenger[] {
  return dataset.messengers.filter((m) => (isDefaultMessenger(dataset, m.id) ? !hidden.includes(m.id) : added.includes(m.id)))
}
