// `npm run screenshots`: renders the built web edition in Debian's Chromium, in both languages and
// themes, with and without a cell's details open, into .tmp/screenshots/ for a human to look at.
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_PATH, WEB_EDITION_URL } from '../e2e/support/paths'

const outDir = '.tmp/screenshots'
mkdirSync(outDir, { recursive: true })
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
for (const colorScheme of ['light', 'dark'] as const) {
  for (const language of ['en', 'ru'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme, locale: language === 'ru' ? 'ru-RU' : 'en-GB' })
    await page.goto(WEB_EDITION_URL)
    await page.waitForSelector('table')
    const name = `${outDir}/matrix-${language}-${colorScheme}`
    await page.screenshot({ path: `${name}.png` })
    await page.locator('tbody td button').nth(2).click()
    await page.waitForSelector('dialog[open]')
    await page.screenshot({ path: `${name}-details.png` })
    await page.close()
    console.log(`${name}.png, ${name}-details.png`)
  }
}
await browser.close()
