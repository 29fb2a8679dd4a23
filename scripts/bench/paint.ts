// When the browser itself says an element (Element Timing) or the first content was painted, from
// navigation start, each sample in a fresh browser context (no cache, no saved settings).
import type { Browser } from '@playwright/test'

export const VIEWPORT = { width: 1280, height: 800 }
export type Viewport = typeof VIEWPORT
const PAINT_TIMEOUT_MS = 30_000

/** Measures the page's first contentful paint instead of an element's (`mark` for a page with no mark). */
export const FIRST_CONTENTFUL_PAINT = 'first-contentful-paint'

/** Element Timing for the element marked `elementtiming="<mark>"`, or the first contentful paint. */
export async function paintTime(browser: Browser, url: string, mark: string, viewport: Viewport = VIEWPORT): Promise<number> {
  const context = await browser.newContext({ viewport })
  try {
    const page = await context.newPage()
    await page.goto(url)
    return await page.evaluate(
      ([name, timeout, firstContentful]) =>
        new Promise<number>((resolve, reject) => {
          setTimeout(() => reject(new Error(`no paint entry "${name}" within ${timeout} ms`)), timeout)
          if (name === firstContentful)
            new PerformanceObserver((list) => {
              const entry = list.getEntriesByName(firstContentful)[0]
              if (entry) resolve(entry.startTime)
            }).observe({ type: 'paint', buffered: true })
          else
            new PerformanceObserver((list) => {
              const entry = list.getEntries().find((e) => (e as PerformanceEntry & { identifier: string }).identifier === name)
              if (entry) resolve((entry as PerformanceEntry & { renderTime: number }).renderTime)
            }).observe({ type: 'element', buffered: true })
        }),
      [mark, PAINT_TIMEOUT_MS, FIRST_CONTENTFUL_PAINT] as const
    )
  } finally {
    await context.close()
  }
}

/** Samples of several pages, taken in turn (a, b, c, a, b, c…) so they share the machine's noise. */
export async function interleavedPaints(
  browser: Browser,
  pages: Record<string, { url: string; mark: string; viewport?: Viewport }>,
  runs: number
) {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(pages).map((name) => [name, []]))
  for (let run = 0; run < runs; run++)
    for (const [name, { url, mark, viewport }] of Object.entries(pages))
      samples[name]!.push(
        await paintTime(browser, url, mark, viewport).catch((e: Error) => {
          throw new Error(`${name}: ${e.message}`)
        })
      )
  return samples
}
