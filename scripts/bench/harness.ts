// Times one interaction inside the page: from the input event's timestamp to the end of the frame that
// shows the last DOM change it caused (the page counts as settled after QUIET_FRAMES frames without
// a change). The bench arms it, then acts through Playwright, then reads the result.
import type { Page } from '@playwright/test'

const QUIET_FRAMES = 3
const INPUT_TIMEOUT_MS = 120_000
/** The events an interaction starts with: a click (also ticks a checkbox), a key, a <select> change. */
const START_EVENTS = ['click', 'keydown', 'input', 'change']

interface Harness {
  arm: () => Promise<void>
  latency: Promise<number> | null
}

/** Runs in the page (serialised by Playwright: self-contained). */
function installHarness([quietFrames, inputTimeout, startEvents]: readonly [number, number, string[]]): void {
  /** Resolves with the end of the last frame that had DOM changes, once `quietFrames` frames had none. */
  const settle = () =>
    new Promise<number>((resolve) => {
      let mutations = 0
      const observer = new MutationObserver((records) => (mutations += records.length))
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
      let seen = -1
      let end = 0
      let quiet = 0
      const frame = () =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            if (mutations !== seen) [seen, end, quiet] = [mutations, performance.now(), 0]
            else quiet += 1
            if (quiet < quietFrames) {
              frame()
              return
            }
            observer.disconnect()
            resolve(end)
          })
        )
      frame()
    })
  const harness: Harness = {
    latency: null,
    arm: async () => {
      await settle()
      harness.latency = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the interaction produced no input event')), inputTimeout)
        const start = (event: Event) => {
          clearTimeout(timer)
          for (const type of startEvents) removeEventListener(type, start, true)
          void settle().then((end) => resolve(end - event.timeStamp))
        }
        for (const type of startEvents) addEventListener(type, start, true)
      })
    }
  }
  ;(window as unknown as { __benchHarness: Harness }).__benchHarness = harness
}

export async function installLatencyHarness(page: Page): Promise<void> {
  // tsx keeps function names by wrapping them in a `__name` helper, which the page does not have.
  await page.evaluate('globalThis.__name ??= (fn) => fn')
  await page.evaluate(installHarness, [QUIET_FRAMES, INPUT_TIMEOUT_MS, START_EVENTS] as const)
}

/** One sample: waits for the page to settle, performs `act`, returns input-to-settled-frame in ms. */
export async function timeInteraction(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => (window as unknown as { __benchHarness: Harness }).__benchHarness.arm())
  await act()
  return page.evaluate(() => (window as unknown as { __benchHarness: Harness }).__benchHarness.latency!)
}
