// When the browser itself says an element was painted, from navigation start (Element Timing), each
// sample in a fresh browser context (no cache, no saved settings).
import type { Browser } from '@playwright/test'

export const VIEWPORT = { width: 1280, height: 800 }
const PAINT_TIMEOUT_MS = 30_000

/** Element Timing for the element marked `elementtiming="<mark>"`. */
export async function paintTime(browser: Browser, url: string, mark: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await context.newPage()
    await page.goto(url)
    return await page.evaluate(
      ([name, timeout]) =>
        new Promise<number>((resolve, reject) => {
          setTimeout(() => reject(new Error(`no Element Timing entry "${name}" within ${timeout} ms`)), timeout)
          new PerformanceObserver((list) => {
            const entry = list.getEntries().find((e) => (e as PerformanceEntry & { identifier: string }).identifier === name)
            if (entry) resolve((entry as PerformanceEntry & { renderTime: number }).renderTime)
          }).observe({ type: 'element', buffered: true })
        }),
      [mark, PAINT_TIMEOUT_MS] as const
    )
  } finally {
    await context.close()
  }
}

/** Samples of several pages, taken in turn (a, b, c, a, b, c…) so they share the machine's noise. */
export async function interleavedPaints(browser: Browser, pages: Record<string, { url: string; mark: string }>, runs: number) {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(pages).map((name) => [name, []]))
  for (let run = 0; run < runs; run++)
    for (const [name, { url, mark }] of Object.entries(pages))
      samples[name]!.push(
        await paintTime(browser, url, mark).catch((e: Error) => {
          throw new Error(`${name}: ${e.message}`)
        })
      )
  return samples
}
