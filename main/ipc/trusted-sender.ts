// Only our own top-level page, served from app://bundle, may call the main process (checklist #17).
import type { IpcMainInvokeEvent } from 'electron'
import { isAppUrl } from '../app-origin'

export type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'> & { sender: Pick<IpcMainInvokeEvent['sender'], 'id'> }

export interface TrustedSenders {
  trust(contents: { id: number; once(event: 'destroyed', listener: () => void): unknown }): void
  isTrusted(event: SenderEvent): boolean
}

/** Equivalent of GitHub Desktop's trusted-ipc-sender, plus a check of the frame's origin. */
export function createTrustedSenders(): TrustedSenders {
  const ids = new Set<number>()
  return {
    trust(contents) {
      ids.add(contents.id)
      contents.once('destroyed', () => ids.delete(contents.id))
    },
    isTrusted(event) {
      const frame = event.senderFrame
      return ids.has(event.sender.id) && frame !== null && frame.parent === null && isAppUrl(frame.url)
    }
  }
}
