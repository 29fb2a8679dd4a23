import { describe, expect, it } from 'vitest'
import { createTrustedSenders, type SenderEvent } from './trusted-sender'

function fakeContents(id: number) {
  let onDestroyed = () => {}
  return {
    id,
    once: (_event: 'destroyed', listener: () => void) => void (onDestroyed = listener),
    destroy: () => onDestroyed()
  }
}

const eventFrom = (id: number, url: string, isTopFrame = true) =>
  ({ sender: { id }, senderFrame: { url, parent: isTopFrame ? null : {} } }) as unknown as SenderEvent

describe('trusted IPC senders', () => {
  it('trusts only the app page in a window it created', () => {
    const senders = createTrustedSenders()
    senders.trust(fakeContents(7))
    expect(senders.isTrusted(eventFrom(7, 'app://bundle/index.html'))).toBe(true)
    expect(senders.isTrusted(eventFrom(8, 'app://bundle/index.html'))).toBe(false)
    expect(senders.isTrusted(eventFrom(7, 'https://example.com/'))).toBe(false)
    expect(senders.isTrusted(eventFrom(7, 'app://bundle/index.html', false))).toBe(false)
    expect(senders.isTrusted({ sender: { id: 7 }, senderFrame: null })).toBe(false)
  })

  it('forgets a window once it is destroyed', () => {
    const senders = createTrustedSenders()
    const contents = fakeContents(3)
    senders.trust(contents)
    contents.destroy()
    expect(senders.isTrusted(eventFrom(3, 'app://bundle/index.html'))).toBe(false)
  })
})
