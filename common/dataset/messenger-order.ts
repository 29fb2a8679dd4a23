// The order the app shows messengers in: the editors' `messengerOrder` (meta.json), references last.
import type { Messenger } from './schema'

/** Compared messengers first in `order`, then the rest by name; references last. */
export function orderMessengers(messengers: readonly Messenger[], order: readonly string[]): Messenger[] {
  const rank = (m: Messenger) => {
    const index = order.indexOf(m.id)
    return index === -1 ? order.length : index
  }
  return [...messengers].sort((a, b) => Number(a.reference) - Number(b.reference) || rank(a) - rank(b) || a.name.localeCompare(b.name))
}
