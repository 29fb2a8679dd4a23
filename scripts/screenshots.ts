// `npm run screenshots`: renders every screen of the built web edition in Debian's Chromium, in both
// languages and both themes (and a cell's details), into .tmp/screenshots/ for a person to look at.
import { LANGUAGES, SCREEN_IDS } from '../common/vocabulary'
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_PATH, WEB_EDITION_URL } from '../e2e/support/paths'

const outDir = '.tmp/screenshots'
mkdirSync(outDir, { recursive: true })
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
})
for (const colorScheme of ['light', 'dark'] as const) {
  for (const language of LANGUAGES) {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      colorScheme,
      locale: language === 'ru' ? 'ru-RU' : 'en-GB'
    })
    await page.goto(WEB_EDITION_URL)
    await page.waitForSelector('nav')
    // SCREEN_IDS is the navigation's order: screen i is the i-th navigation button.
    for (const [index, screen] of SCREEN_IDS.entries()) {
      await page.locator('nav button').nth(index).click()
      if (screen === 'worries') await page.locator('.chip').first().click()
      await page.screenshot({ path: `${outDir}/${screen}-${language}-${colorScheme}.png` })
      if (screen === 'matrix') {
        await page.locator('tbody td button').nth(2).click()
        await page.waitForSelector('dialog[open]')
        await page.screenshot({ path: `${outDir}/details-${language}-${colorScheme}.png` })
        await page.keyboard.press('Escape')
      }
    }
    await page.close()
  }
}
await browser.close()
console.log(`screenshots written to ${outDir}/`)
