// The handout trainers photocopy: one A4 sheet, both sides, in either language, light on paper.
import type { Page } from '@playwright/test'
import { expect, openSection, test } from './fixtures'
import { pdfPages } from './support/pdf'

const printHandout = async (page: Page): Promise<string[]> => {
  await page.emulateMedia({ media: 'print' })
  return pdfPages(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }))
}

test.describe('the handout', () => {
  test.beforeEach(({ target }) => test.skip(target !== 'web', 'the desktop app saves the PDF through a native dialog (unit-tested)'))

  test('prints on two A4 pages in English: bottom line, first steps, dated verdicts, short references, provenance', async ({ appPage }) => {
    await openSection(appPage, 'Handout')
    const pages = await printHandout(appPage)
    expect(pages).toHaveLength(2)
    const text = pages.join(' ')
    expect(pages[0]).toContain('Messenger Privacy')
    expect(pages[0]).toMatch(/Dataset \d+\.\d+\.\d+ of/)
    expect(pages[0]).toMatch(/Newest evidence on this sheet: (\d{1,2} )?\w+ 20\d\d; no newer information was found after that\./)
    expect(pages[0]).toContain('In short')
    expect(pages[0]).toContain('If you must use it: first steps')
    expect(pages[0]).toContain('Turn on two-step verification')
    for (const area of ['Encryption', 'Data localisation', 'Legal status in Russia']) expect(text).toContain(area)
    // Each answer carries the date of its newest evidence and its key source's number.
    expect(text).toMatch(/\d{4} · \[\d+\]/)
    expect(pages[1]).toContain('Key sources')
    expect(pages[1]).toContain('Published by')
    // Short references: publishers and dates, no addresses (those are in the optional appendix).
    expect(text).not.toContain('https://')
    expect(text).not.toContain('What worries me')
    expect(text).not.toContain('Print…')
  })

  test('with six compared, starts from four (Signal kept) and still prints on two pages', async ({ appPage }) => {
    await appPage.goto(`${appPage.url().split('#')[0]}#/handout?add=viber,threema`)
    const boxes = appPage.locator('.handout__choices fieldset').nth(1).locator('input[type="checkbox"]')
    await expect(boxes.and(appPage.locator(':checked'))).toHaveCount(4)
    await expect(appPage.getByRole('checkbox', { name: 'Signal' })).toBeChecked()
    await expect(appPage.getByRole('checkbox', { name: 'Viber' })).toBeDisabled()
    await expect(appPage.getByText('Two pages hold 4 messengers')).toBeVisible()
    expect(await printHandout(appPage)).toHaveLength(2)
  })

  test('prints on two A4 pages in Russian, with Russian dates and no English labels', async ({ appPage }) => {
    await appPage.getByRole('button', { name: 'Русский' }).click()
    await openSection(appPage, 'Раздаточный материал')
    const pages = await printHandout(appPage)
    expect(pages).toHaveLength(2)
    const text = pages.join(' ')
    expect(pages[0]).toContain('Мессенджеры и приватность')
    expect(pages[0]).toMatch(/Самый новый источник на этом листе: (\d{1,2} )?[а-я]+\.? 20\d\d; более новых сведений не найдено\./)
    expect(pages[0]).toContain('Если без него никак: первые шаги')
    expect(pages[1]).toContain('Ключевые источники')
    expect(text).not.toMatch(/г\.\s*\./)
    for (const english of ['Copy of', 'checked', 'Reference', 'Key sources', 'Good', 'Poor', 'Messenger Privacy project'])
      expect(text).not.toContain(english)
    expect(text).toContain('проект «Мессенджеры и приватность»')
  })

  test('the appendix adds every key source’s title and address on a page of its own', async ({ appPage }) => {
    await openSection(appPage, 'Handout')
    await appPage.getByRole('checkbox', { name: /appendix/ }).check()
    const pages = await printHandout(appPage)
    expect(pages.length).toBeGreaterThan(2)
    expect(pages[2]).toMatch(/^\s*Appendix: the key sources in full/)
    expect(pages.slice(2).join(' ')).toContain('https://')
  })

  test('starts from the comparison’s choice, and leaves out an area unticked here', async ({ appPage }) => {
    await appPage.getByRole('checkbox', { name: 'Signal', exact: true }).uncheck()
    await openSection(appPage, 'Handout')
    await expect(appPage.getByRole('checkbox', { name: 'Signal', exact: true })).not.toBeChecked()
    await appPage.getByRole('checkbox', { name: 'Legal status in Russia' }).uncheck()
    const text = (await printHandout(appPage)).join(' ')
    expect(text).toContain('Data localisation')
    expect(text).not.toContain('Legal status in Russia')
    expect(text).not.toContain('Signal (Reference)')
  })

  test('prints light whatever the theme: verdict badges keep their paper colours on a dark system and in the dark theme', async ({
    appPage
  }) => {
    await openSection(appPage, 'Handout')
    const badge = appPage.locator('.handout__sheet .verdict--poor').first()
    const background = () => badge.evaluate((element) => getComputedStyle(element).backgroundColor)
    await appPage.emulateMedia({ media: 'screen', colorScheme: 'light' })
    const paper = await background()
    await appPage.emulateMedia({ media: 'screen', colorScheme: 'dark' })
    expect(await background()).not.toBe(paper)
    await appPage.emulateMedia({ media: 'print', colorScheme: 'dark' })
    expect(await background()).toBe(paper)
    await appPage.emulateMedia({ media: 'screen', colorScheme: 'light' })
    await appPage.getByRole('combobox', { name: 'Theme' }).selectOption('dark')
    await appPage.emulateMedia({ media: 'print', colorScheme: 'light' })
    expect(await background()).toBe(paper)
  })
})
