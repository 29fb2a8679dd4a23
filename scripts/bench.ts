// `npm run bench`: prints the figures the budgets are checked against (not a test):
// renderer JS size (gzip), matrix paint time vs a blank page, and interaction latencies.
import { gzipSync } from 'node:zlib'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Page } from '@playwright/test'
import { CHROMIUM_PATH, WEB_EDITION_URL } from '../e2e/support/paths'
import { PAINT_MARK } from '../renderer/components/matrix/paint-mark'

const RUNS = 7
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const assetsDir = join('out', 'renderer', 'assets')
const jsBytes = readdirSync(assetsDir)
  .filter((f) => f.endsWith('.js'))
  .reduce((sum, f) => sum + gzipSync(readFileSync(join(assetsDir, f))).length, 0)
console.log(`renderer JS: ${(jsBytes / 1024).toFixed(1)} KB gzip (budget 150 KB)`)

mkdirSync('.tmp', { recursive: true })
writeFileSync('.tmp/blank.html', '<!doctype html><html><body><p elementtiming="blank">blank</p></body></html>')
const blankUrl = pathToFileURL(join('.tmp', 'blank.html')).href

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
})

/** When the browser itself says the marked element was painted, from navigation start (Element Timing). */
async function paintTime(url: string, mark: string): Promise<number> {
  const page = await browser.newPage()
  await page.goto(url)
  const time = await page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find((e) => (e as PerformanceEntry & { identifier: string }).identifier === name)
          if (entry) resolve((entry as PerformanceEntry & { renderTime: number }).renderTime)
        }).observe({ type: 'element', buffered: true })
      }),
    mark
  )
  await page.close()
  return time
}

async function medianPaint(url: string, mark: string): Promise<number> {
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) samples.push(await paintTime(url, mark))
  return median(samples)
}

const blank = await medianPaint(blankUrl, 'blank')
const comparison = await medianPaint(WEB_EDITION_URL, PAINT_MARK)
console.log(
  `painted: blank page ${blank.toFixed(0)} ms, comparison ${comparison.toFixed(0)} ms after navigation start (${(comparison / blank).toFixed(2)}× blank; budget 1.5×)`
)

/** Time from the input event to the next frame after React has rendered. */
async function interaction(page: Page, label: string, act: () => Promise<void>, prepare?: () => Promise<void>) {
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    await prepare?.()
    await page.evaluate(() => {
      ;(window as unknown as { __t: number }).__t = 0
      addEventListener('pointerdown', () => ((window as unknown as { __t: number }).__t = performance.now()), { once: true, capture: true })
      addEventListener('keydown', () => ((window as unknown as { __t: number }).__t = performance.now()), { once: true, capture: true })
    })
    await act()
    samples.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - (window as unknown as { __t: number }).__t)))
          )
      )
    )
  }
  console.log(`${label}: median ${median(samples).toFixed(1)} ms, worst ${Math.max(...samples).toFixed(1)} ms (budget 50 ms)`)
}

const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
await page.goto(WEB_EDITION_URL)
await page.waitForSelector('nav')
let ru = false
await interaction(page, 'switch language (comparison on screen)', async () => {
  ru = !ru
  await page
    .locator('.language-switch__option')
    .nth(ru ? 1 : 0)
    .click()
})
await interaction(
  page,
  'open the full comparison (76 cells)',
  () => page.locator('nav button').nth(0).click(),
  () => page.locator('nav button').nth(1).click()
)
await interaction(
  page,
  'open a cell',
  () => page.locator('tbody td button').nth(5).click(),
  async () => {
    if (await page.locator('dialog[open]').count()) await page.keyboard.press('Escape')
  }
)
await interaction(page, 'type in search', async () => {
  await page.locator('input[type="search"]').press('a')
})
if (await page.locator('dialog[open]').count()) await page.keyboard.press('Escape')
await page.locator('nav button').nth(2).click()
let preset = 0
await interaction(page, 'choose a situation in the decision guide', async () => {
  preset = (preset + 1) % 4
  await page.locator('.worries__presets .chip').nth(preset).click()
})
await interaction(page, 'tick a worry in the decision guide', async () => {
  await page.locator('.concern input').first().click()
})
await browser.close()
