// The interactions the budgets cover, each timed on the built web edition as a reader would do it:
// switch language, open the comparison, open a cell, type a search letter, filter by area, show or
// hide a messenger, tick a worry. Each is done once unmeasured (warm-up), then `runs` times.
import type { Browser, Page } from '@playwright/test'
import { SCREEN_IDS, type ScreenId } from '../../common/vocabulary'
import { installLatencyHarness, timeInteraction } from './harness'
import { VIEWPORT } from './paint'
import { timing, type Timing } from './stats'

const SEARCH_WORD = 'encryption'

interface Interaction {
  name: string
  screen: ScreenId
  /** Unmeasured set-up before sample `index` (the page settles before the measured act). */
  prepare?: (page: Page, index: number) => Promise<void>
  act: (page: Page, index: number) => Promise<void>
  /** Leaves the page as it was found. */
  reset?: (page: Page) => Promise<void>
}

const navButton = (page: Page, screen: ScreenId) => page.locator('nav.screen-nav button').nth(SCREEN_IDS.indexOf(screen))
const search = (page: Page) => page.locator('.matrix-toolbar input[type="search"]')
const closeDialog = async (page: Page) => {
  if (await page.locator('dialog[open]').count()) await page.keyboard.press('Escape')
}
const switchLanguage = (page: Page) => page.locator('.language-switch__option[aria-pressed="false"]').click()

export const INTERACTIONS: Interaction[] = [
  {
    name: 'switch language (comparison on screen)',
    screen: 'matrix',
    act: switchLanguage,
    reset: async (page) => {
      if ((await page.locator('html').getAttribute('lang')) !== 'en') await switchLanguage(page)
    }
  },
  {
    name: 'open the comparison (from Overview)',
    screen: 'matrix',
    prepare: (page) => navButton(page, 'overview').click(),
    act: (page) => navButton(page, 'matrix').click()
  },
  {
    name: 'open a cell',
    screen: 'matrix',
    prepare: closeDialog,
    act: (page, index) =>
      page
        .locator('table.matrix tbody td button')
        .nth(index * 3)
        .click(),
    reset: closeDialog
  },
  {
    name: `type a search letter ("${SEARCH_WORD}")`,
    screen: 'matrix',
    prepare: async (page, index) => {
      if (index % SEARCH_WORD.length === 0) await search(page).fill('')
    },
    act: (page, index) => search(page).press(SEARCH_WORD[index % SEARCH_WORD.length]!),
    reset: (page) => search(page).fill('')
  },
  {
    name: 'filter by area',
    screen: 'matrix',
    act: async (page, index) => {
      const select = page.locator('.matrix-toolbar select')
      await select.selectOption({ index: (index + 1) % (await select.locator('option').count()) })
    },
    reset: async (page) => void (await page.locator('.matrix-toolbar select').selectOption({ index: 0 }))
  },
  {
    name: 'show/hide a messenger',
    screen: 'matrix',
    act: (page) => page.locator('.matrix-toolbar__messengers input[type="checkbox"]').first().click(),
    reset: (page) => page.locator('.matrix-toolbar__messengers input[type="checkbox"]').first().check()
  },
  {
    name: 'tick a worry',
    screen: 'worries',
    act: (page) => page.locator('.concern input[type="checkbox"]').first().click(),
    reset: (page) => page.locator('.concern input[type="checkbox"]').first().uncheck()
  }
]

/** Opens the edition in a fresh context and waits until the app has taken over the prerendered page. */
export async function openApp(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  page.setDefaultTimeout(120_000)
  await page.goto(url, { timeout: 300_000 })
  await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('data-prerendered'))
  // Hydrated: the navigation answers.
  await navButton(page, 'overview').click()
  await page.waitForFunction(
    (index) => document.querySelectorAll('nav.screen-nav button')[index]?.getAttribute('aria-current') === 'page',
    SCREEN_IDS.indexOf('overview')
  )
  await navButton(page, 'matrix').click()
  await installLatencyHarness(page)
  return page
}

export async function timeInteractions(page: Page, runs: number): Promise<Record<string, Timing>> {
  const results: Record<string, Timing> = {}
  for (const interaction of INTERACTIONS) {
    await navButton(page, interaction.screen).click()
    const samples: number[] = []
    for (let index = 0; index <= runs; index++) {
      await interaction.prepare?.(page, index)
      const ms = await timeInteraction(page, () => interaction.act(page, index))
      if (index > 0) samples.push(ms)
    }
    await interaction.reset?.(page)
    results[interaction.name] = timing(samples)
  }
  return results
}

/** A page with no app (the static fixture), ready for timeIdleClick. */
export async function openStatic(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage()
  await page.goto(url)
  return page
}

/** The method's floor: a click on a button with nothing behind it (the static page's first cell). */
export async function timeIdleClick(page: Page, runs: number): Promise<Timing> {
  await installLatencyHarness(page)
  const samples: number[] = []
  for (let index = 0; index <= runs; index++) {
    const ms = await timeInteraction(page, () => page.locator('table.matrix tbody td button').first().click())
    if (index > 0) samples.push(ms)
  }
  return timing(samples)
}
