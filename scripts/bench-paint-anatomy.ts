// `npm run bench:paint-anatomy` (an analysis, not a budget): where the comparison's first paint goes.
// From the static page `npm run bench` last wrote (the build's own English first screen and stylesheet,
// no script, no data) it makes pages that keep less and less of the comparison screen, measures each
// page's first contentful paint beside the blank page's, in turn, in fresh contexts, and prints the
// medians and their ratio to the blank page. It answers "could any first screen meet ≤ 2× blank here?".
// Options: --runs N (default 9; the figures move by ±50 ms from run to run on 2 cores).
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium, type Browser } from '@playwright/test'
import { CHROMIUM_PATH } from '../e2e/support/paths'
import { REAL } from './bench/editions'
import { VIEWPORT } from './bench/paint'
import { median } from './bench/stats'

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '9' } } })
const runs = Number(options.runs)
if (!Number.isInteger(runs) || runs < 1) throw new Error(`bench:paint-anatomy: --runs must be a whole number from 1, not ${options.runs}`)

const PAINT_TIMEOUT_MS = 30_000
const staticPage = join(REAL.dir, 'bench-static.html')
const blankPage = join(REAL.dir, 'bench-blank.html')
if (!existsSync(staticPage) || !existsSync(blankPage)) {
  console.error('bench:paint-anatomy: run `npm run bench` first; it builds the edition and writes the static and blank pages')
  process.exit(1)
}

/** Keeps the shell and the comparison screen's first `keep` parts (heading, In short, legend, …). */
function cutScreen(keep: number): void {
  const screen = document.querySelector('section.screen')
  if (!screen) throw new Error('the static page has no comparison screen')
  ;[...screen.children].slice(keep).forEach((part) => part.remove())
  document.querySelector('.app-footer')?.remove()
}

/** Writes one page per cut, named by what it keeps. */
async function writeCuts(browser: Browser): Promise<{ name: string; url: string }[]> {
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage()
  await page.goto(pathToFileURL(staticPage).href)
  const parts = await page.evaluate(() =>
    [...document.querySelectorAll('section.screen > *')].map((part) => part.className || part.tagName)
  )
  const cuts: { name: string; url: string }[] = []
  for (let keep = 1; keep <= parts.length; keep++) {
    await page.goto(pathToFileURL(staticPage).href)
    await page.evaluate(cutScreen, keep)
    const file = join(REAL.dir, `bench-anatomy-${keep}.html`)
    writeFileSync(file, `<!doctype html>\n${await page.evaluate(() => document.documentElement.outerHTML)}\n`)
    cuts.push({ name: `header, navigation + ${parts.slice(0, keep).join(', ')}`, url: pathToFileURL(file).href })
  }
  await page.context().close()
  return cuts
}

async function firstContentfulPaint(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await context.newPage()
    await page.goto(url)
    return await page.evaluate(
      (timeout) =>
        new Promise<number>((resolve, reject) => {
          setTimeout(() => reject(new Error(`no first contentful paint within ${timeout} ms`)), timeout)
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0]
            if (entry) resolve(entry.startTime)
          }).observe({ type: 'paint', buffered: true })
        }),
      PAINT_TIMEOUT_MS
    )
  } finally {
    await context.close()
  }
}

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-background-timer-throttling']
})
try {
  const pages = [
    { name: 'blank page', url: pathToFileURL(blankPage).href },
    ...(await writeCuts(browser)),
    { name: 'the whole static first screen (bench baseline)', url: pathToFileURL(staticPage).href }
  ]
  const samples = pages.map(() => [] as number[])
  for (let run = 0; run < runs; run++)
    for (const [index, { url }] of pages.entries()) samples[index]!.push(await firstContentfulPaint(browser, url))
  const blank = median(samples[0]!)
  console.log(`bench:paint-anatomy: first contentful paint, median of ${runs}, ${VIEWPORT.width}×${VIEWPORT.height}`)
  for (const [index, { name }] of pages.entries()) {
    const ms = median(samples[index]!)
    console.log(`${ms.toFixed(0).padStart(6)} ms  ${(ms / blank).toFixed(1).padStart(4)}× blank  ${name}`)
  }
} finally {
  await browser.close()
}
