// `npm run bench:paint-anatomy` (an analysis, not a budget): where the comparison's first paint goes.
// From the static page `npm run bench` last wrote (the build's own English first screen and stylesheet,
// no script, no data) it makes pages that keep less and less of the comparison screen, measures each
// page's first contentful paint beside the blank page's, in turn, in fresh contexts, and prints the
// medians and their ratio to the blank page. Two more pages: the whole static page in a window a quarter
// as tall (less to draw, the same page to lay out), and its words alone as one unstyled paragraph (the
// text's own cost). It answers "could any first screen meet ≤ 2× blank here?".
// Options: --runs N (default 9; the figures move by ±50 ms from run to run on 2 cores).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import type { Browser } from '@playwright/test'
import { launchBenchBrowser } from './bench/browser'
import { REAL } from './bench/editions'
import { FIRST_CONTENTFUL_PAINT, interleavedPaints, VIEWPORT, type Viewport } from './bench/paint'
import { median } from './bench/stats'

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '9' } } })
const runs = Number(options.runs)
if (!Number.isInteger(runs) || runs < 1) throw new Error(`bench:paint-anatomy: --runs must be a whole number from 1, not ${options.runs}`)

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

const SHORT_WINDOW = { width: VIEWPORT.width, height: VIEWPORT.height / 4 }

/** The static page's words with no markup: what a page costs for its text alone. Like the blank page
 * it has no stylesheet, so both are drawn in the browser's default font. */
function writeWordsOnly(): string {
  const words = readFileSync(staticPage, 'utf8')
    .replace(/<(style|script|title)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
  const file = join(REAL.dir, 'bench-anatomy-words.html')
  writeFileSync(file, `<!doctype html><html lang="en"><head><meta charset="utf-8" /></head><body><p>${words}</p></body></html>\n`)
  return file
}

const browser = await launchBenchBrowser()
try {
  const pages: { name: string; url: string; viewport?: Viewport }[] = [
    { name: 'blank page', url: pathToFileURL(blankPage).href },
    ...(await writeCuts(browser)),
    { name: 'the whole static first screen (bench baseline)', url: pathToFileURL(staticPage).href },
    {
      name: `the whole static first screen, ${SHORT_WINDOW.width}×${SHORT_WINDOW.height} window`,
      url: pathToFileURL(staticPage).href,
      viewport: SHORT_WINDOW
    },
    { name: 'its words alone, one paragraph, no stylesheet', url: pathToFileURL(writeWordsOnly()).href }
  ]
  const samples = await interleavedPaints(
    browser,
    Object.fromEntries(pages.map(({ name, url, viewport }) => [name, { url, mark: FIRST_CONTENTFUL_PAINT, viewport }])),
    runs
  )
  const blank = median(samples[pages[0]!.name]!)
  console.log(`bench:paint-anatomy: first contentful paint, median of ${runs}, ${VIEWPORT.width}×${VIEWPORT.height}`)
  for (const { name } of pages) {
    const ms = median(samples[name]!)
    console.log(`${ms.toFixed(0).padStart(6)} ms  ${(ms / blank).toFixed(1).padStart(4)}× blank  ${name}`)
  }
} finally {
  await browser.close()
}
