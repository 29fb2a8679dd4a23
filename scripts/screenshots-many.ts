// `npm run screenshots:many`: the web edition built from the real data padded to 12 messengers
// (copies of real ones, scripts/bench/synthetic-data.ts), every screen full-page in both languages at
// desktop (1280 px) and phone (360 px) widths, with six compared (the most at once), into
// .tmp/screenshots-many/ for a person to look at. It also reports anything wider than the screen.
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Page } from '@playwright/test'
import { LANGUAGES, MAX_COMPARED_MESSENGERS, SCREEN_IDS } from '../common/vocabulary'
import { CHROMIUM_PATH } from '../e2e/support/paths'
import { writeSyntheticData } from './bench/synthetic-data'
import { loadValidDataset } from './dataset-module'

const MESSENGERS = 12
const workDir = resolve('.tmp', 'many')
const dataDir = join(workDir, 'data')
const webDir = join(workDir, 'web')
const outDir = resolve('.tmp', 'screenshots-many')
const realCriteria = loadValidDataset().criteria.length
writeSyntheticData(resolve('data'), dataDir, MESSENGERS, realCriteria)
const built = spawnSync('npx', ['vite', 'build', '--outDir', webDir, '--logLevel', 'error'], {
  stdio: 'inherit',
  env: { ...process.env, MESSENGER_DATA_DIR: dataDir }
})
if (built.status !== 0) throw new Error('screenshots:many: the build failed')

const dataset = loadValidDataset(dataDir)
const defaults = dataset.defaultMessengers ?? []
// The default selection plus the first others, up to the most compared at once.
const added = dataset.messengers
  .map((m) => m.id)
  .filter((id) => !defaults.includes(id))
  .slice(0, MAX_COMPARED_MESSENGERS - defaults.length)
const url = (screen: string) => {
  const [path, extra] = screen.split('&')
  return `${pathToFileURL(join(webDir, 'index.html')).href}#/${path}?add=${added.join(',')}${extra ? `&${extra}` : ''}`
}

/** The whole page with every part of it drawn. The comparison skips cells far from the window
 * (content-visibility: auto) and a full-page capture does not bring them near, so for the shot the
 * window is made as tall as the page (twice: cells drawn at their real height change it). */
async function shootWholePage(page: Page, path: string): Promise<void> {
  const window = page.viewportSize()!
  for (let pass = 0; pass < 2; pass++) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
    await page.setViewportSize({ width: window.width, height })
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  }
  await page.screenshot({ path })
  await page.setViewportSize(window)
}

mkdirSync(outDir, { recursive: true })
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] })
const overflowing: string[] = []
for (const [width, height] of [
  [1280, 800],
  [360, 740]
] as const)
  for (const language of LANGUAGES) {
    const page = await browser.newPage({ viewport: { width, height }, locale: language === 'ru' ? 'ru-RU' : 'en-GB' })
    // The presentation's first slides too: the title, then the bottom lines (three to a slide when five or six are compared).
    for (const screen of [...SCREEN_IDS, 'matrix&slide=1', 'matrix&slide=2', 'matrix&slide=3']) {
      await page.goto(url(screen))
      await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('data-prerendered'))
      if (screen === 'worries') await page.locator('.chip').first().click()
      await page.waitForTimeout(200)
      const name = `${screen.replace('&', '-').replace('=', '')}-${language}-${width}`
      if (screen.includes('slide')) await page.screenshot({ path: join(outDir, `${name}.png`) })
      else await shootWholePage(page, join(outDir, `${name}.png`))
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      if (scrollWidth > width) overflowing.push(`${name}: page is ${scrollWidth} px wide`)
    }
    await page.close()
  }
await browser.close()
console.log(`screenshots written to ${outDir}/ (${MESSENGERS} messengers, ${defaults.length + added.length} compared)`)
if (overflowing.length) {
  console.log(`wider than the screen:\n  ${overflowing.join('\n  ')}`)
  process.exitCode = 1
}
