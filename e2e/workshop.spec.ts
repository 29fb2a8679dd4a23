// Presentation mode as a trainer uses it: keys that never stop working, every slide on a projector's
// screen, and the slides following the comparison's choice. (The handout: handout.spec.ts.)
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { expect, openSection, test, waitForApp } from './fixtures'
import { WEB_EDITION_URL } from './support/paths'
import { pdfPages } from './support/pdf'

const presentation = (page: Page) => page.getByRole('dialog', { name: 'Presentation' })
const slideCounter = (page: Page) => presentation(page).locator('[aria-live]')

test.describe('presentation mode', () => {
  test('opens on a title slide with the data date, then the bottom line, every criterion and the first steps', async ({ appPage }) => {
    await appPage.getByRole('button', { name: 'Present' }).click()
    const slide = presentation(appPage)
    await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Messenger Privacy')
    await expect(slide).toContainText(/Dataset \d+\.\d+\.\d+ of/)
    await expect(slide).toContainText(/Newest evidence: (\d{1,2} )?\w+ 20\d\d/)
    // title + bottom line + 19 criteria + 4 checklists
    await expect(slideCounter(appPage)).toHaveText('Slide 1 of 25')
    await appPage.keyboard.press('ArrowRight')
    await expect(slide.getByRole('heading', { level: 2 })).toHaveText('In short: what each messenger means for you')
    await expect(slide.locator('.in-short-card[data-messenger="max"]')).toContainText('Provider can read')
    await appPage.keyboard.press('ArrowRight')
    await expect(slide.getByRole('heading', { level: 2 })).toHaveText('One-to-one chats')
    await expect(slide.locator('.presentation__card')).toHaveCount(4)
    await expect(slide.locator('.presentation__summary')).toHaveCount(0)
    await appPage.keyboard.press('s')
    await expect(slide.locator('.presentation__summary')).toHaveCount(4)
    await appPage.keyboard.press('i')
    await expect(slide.getByRole('complementary', { name: 'Key sources for this slide' }).locator('li')).toHaveCount(4)
    // Summaries stay on from slide to slide until the trainer turns them off.
    await appPage.keyboard.press('ArrowRight')
    await expect(slide.locator('.presentation__summary')).toHaveCount(4)
    await appPage.keyboard.press('End')
    await expect(slideCounter(appPage)).toHaveText('Slide 25 of 25')
    await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Signal')
    await expect(slide).toContainText('If you must use it: first steps')
    await appPage.keyboard.press('ArrowRight')
    await expect(slideCounter(appPage)).toHaveText('Slide 25 of 25')
    await appPage.keyboard.press('Escape')
    await expect(slide).toBeHidden()
  })

  test('clicking to either end never loses the keys, focus stays in the slides, and Esc returns focus to Present', async ({ appPage }) => {
    const present = appPage.getByRole('button', { name: 'Present' })
    await present.click()
    const slide = presentation(appPage)
    for (let n = 1; n < 25; n++) await slide.getByRole('button', { name: 'Next' }).click()
    await expect(slideCounter(appPage)).toHaveText('Slide 25 of 25')
    // A clicker or an impatient mouse clicks the greyed-out button again: nothing moves, nothing breaks.
    await slide.getByRole('button', { name: 'Next' }).click({ force: true })
    await expect(slideCounter(appPage)).toHaveText('Slide 25 of 25')
    await expect(slide.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true')
    expect(await appPage.evaluate(() => document.activeElement?.closest('.presentation') !== null)).toBe(true)
    await appPage.keyboard.press('ArrowLeft')
    await expect(slideCounter(appPage)).toHaveText('Slide 24 of 25')
    await slide.getByRole('button', { name: 'Previous' }).click()
    await appPage.keyboard.press('Home')
    await slide.getByRole('button', { name: 'Previous' }).click({ force: true })
    await expect(slideCounter(appPage)).toHaveText('Slide 1 of 25')
    await expect(slide.getByRole('button', { name: 'Previous' })).toHaveAttribute('aria-disabled', 'true')
    await appPage.keyboard.press('ArrowRight')
    await expect(slideCounter(appPage)).toHaveText('Slide 2 of 25')
    // Tab and Shift+Tab cycle through the slide's controls, never into the page behind or to <body>.
    for (const key of [...Array<string>(12).fill('Tab'), ...Array<string>(12).fill('Shift+Tab')]) {
      await appPage.keyboard.press(key)
      expect(await appPage.evaluate(() => document.activeElement?.closest('.presentation') !== null)).toBe(true)
    }
    await appPage.keyboard.press('ArrowRight')
    await expect(slideCounter(appPage)).toHaveText('Slide 3 of 25')
    await appPage.keyboard.press('Escape')
    await expect(slide).toBeHidden()
    await expect(present).toBeFocused()
  })

  test('follows the comparison: hidden messengers and other areas are left out', async ({ appPage }) => {
    await appPage.getByRole('checkbox', { name: 'Signal', exact: true }).uncheck()
    await appPage.getByRole('combobox', { name: 'Area', exact: true }).selectOption({ label: 'Encryption' })
    await appPage.getByRole('button', { name: 'Present' }).click()
    // title + bottom line + 9 encryption criteria + 3 checklists
    await expect(slideCounter(appPage)).toHaveText('Slide 1 of 14')
    await appPage.keyboard.press('ArrowRight')
    await expect(presentation(appPage).locator('.in-short-card')).toHaveCount(3)
    await appPage.keyboard.press('ArrowRight')
    await expect(presentation(appPage).locator('.presentation__card')).toHaveCount(3)
    await expect(presentation(appPage)).not.toContainText('Signal')
  })
})

async function openAt(browser: Browser, width: number, height: number, language: 'en' | 'ru'): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height }, locale: language === 'ru' ? 'ru-RU' : 'en-GB' })).newPage()
  await page.goto(WEB_EDITION_URL)
  await waitForApp(page)
  if (language === 'ru') await page.getByRole('button', { name: 'Русский' }).click()
  return page
}

test.describe('on a projector', () => {
  test.skip(({ target }) => target !== 'web', 'screen sizes are set in the web edition')
  for (const [width, height] of [
    [1280, 720],
    [1024, 768]
  ] as const)
    for (const language of ['en', 'ru'] as const)
      test(`at ${width}×${height} in ${language === 'en' ? 'English' : 'Russian'}, every slide fits with summaries shown`, async ({
        webBrowser
      }) => {
        test.setTimeout(90_000)
        const page = await openAt(webBrowser!, width, height, language)
        await page.getByRole('button', { name: language === 'en' ? 'Present' : 'Показ', exact: true }).click()
        const total = Number((await page.locator('.presentation [aria-live]').textContent())!.match(/(\d+)\D*$/)![1])
        const overflowing: string[] = []
        await page.keyboard.press('s')
        for (let n = 1; n <= total; n++) {
          const fit = await page.locator('.presentation').evaluate((element) => ({
            vertical: element.scrollHeight - element.clientHeight,
            horizontal: element.scrollWidth - element.clientWidth,
            title: element.querySelector('h2')?.textContent ?? ''
          }))
          if (fit.vertical > 1 || fit.horizontal > 1)
            overflowing.push(`slide ${n} “${fit.title}”: ${fit.vertical}px × ${fit.horizontal}px too big`)
          await page.keyboard.press('ArrowRight')
        }
        expect(overflowing).toEqual([])
        await page.context().close()
      })
})

test('the desktop app saves the handout as a PDF through its save dialog', async ({ appPage, electronApp, target }) => {
  test.skip(target !== 'electron', 'Save as PDF is the desktop path; the web edition prints (handout.spec.ts)')
  const file = join(mkdtempSync(join(tmpdir(), 'mp-pdf-')), 'handout.pdf')
  // The native dialog cannot be clicked by a test: answer it in the main process instead.
  await electronApp!.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = async () => ({ canceled: false, filePath: path })
  }, file)
  await openSection(appPage, 'Handout')
  await appPage.getByRole('button', { name: 'Save as PDF…' }).click()
  await expect(appPage.getByText('Saved.')).toBeVisible()
  const [text] = await pdfPages(readFileSync(file))
  expect(text).toContain('Messenger Privacy')
  expect(text).toMatch(/Dataset \d+\.\d+\.\d+ of/)
})
