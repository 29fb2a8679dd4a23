// One set of specs, two targets: the web edition in Chromium from file://, and the Electron app.
// Neither target uses Playwright's built-in `page`, which would try to launch a downloaded browser.
import { test as base, _electron as electron, type Browser, type ElectronApplication, type Page } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findElectronBinary, NO_ELECTRON_MESSAGE } from '../scripts/electron-binary'
import { ROOT, WEB_EDITION_URL } from './support/paths'

export type Target = 'web' | 'electron'

interface TestFixtures {
  electronApp: ElectronApplication | null
  appPage: Page
}

interface WorkerFixtures {
  target: Target
  webBrowser: Browser | null
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  target: ['web', { option: true, scope: 'worker' }],

  webBrowser: [
    async ({ target, playwright, launchOptions }, use) => {
      if (target !== 'web') return use(null)
      const browser = await playwright.chromium.launch(launchOptions)
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' }
  ],

  electronApp: async ({ target }, use, testInfo) => {
    if (target !== 'electron') return use(null)
    const executablePath = findElectronBinary()
    if (!executablePath) {
      testInfo.skip(true, NO_ELECTRON_MESSAGE)
      return
    }
    const app = await electron.launch({
      executablePath,
      args: [ROOT, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'mp-e2e-'))}`]
    })
    await use(app)
    await app.close()
  },

  appPage: async ({ target, webBrowser, electronApp, viewport, locale }, use) => {
    if (target === 'electron') {
      const window = await electronApp!.firstWindow()
      await waitForApp(window)
      return use(window)
    }
    const context = await webBrowser!.newContext({ viewport, locale: locale ?? 'en-GB' })
    const page = await context.newPage()
    await page.goto(WEB_EDITION_URL)
    await waitForApp(page)
    await use(page)
    await context.close()
  }
})

export { expect } from '@playwright/test'

/** Waits until the app has taken over the prerendered first screen (main.tsx removes the mark), so
 * a click is handled by the app, not lost on the static markup shown before it starts, and the screen
 * the address names is on view. Visibility is checked on the shown screen's heading, not the first
 * `main h2`: on a deep link to another screen that is the comparison's, hydrated and then hidden, so a
 * wait for it to be visible hung whenever the app took over before the first check. If the data
 * cannot be loaded, the app shows an alert instead of a screen; that fails here with its text. */
export async function waitForApp(page: Page): Promise<void> {
  // Needed before the next step: in Electron the first window may still be about:blank, where the
  // missing #root would count as "taken over". The alert too: an app with no data has no heading.
  await page.waitForSelector('main h2, main [role=alert]', { state: 'attached' })
  await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('data-prerendered'))
  const alert = page.locator('main [role=alert]')
  await shownScreenHeading(page).or(alert).first().waitFor()
  if (await alert.isVisible()) throw new Error(`the app shows an error instead of a screen: ${await alert.innerText()}`)
}

/** The heading of the screen on view. The comparison, once built, stays in the page hidden (and out of
 * the accessibility tree) while another screen is shown, so `main h2` alone may find its heading. */
export const shownScreenHeading = (page: Page) => page.locator('main').getByRole('heading', { level: 2 }).first()

/** Opens one of the app's sections from the navigation bar. */
export async function openSection(page: Page, name: string | RegExp): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('button', { name, exact: typeof name === 'string' })
    .click()
}
