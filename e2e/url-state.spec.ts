// The view lives in the address: Back closes a dialog instead of the file, Forward reopens it, a deep
// link opens the same view, and a malformed hash opens a valid view (the default where the screen is unknown) without an error.
import type { Browser, Page } from '@playwright/test'
import { expect, openSection, shownScreenHeading, test, waitForApp } from './fixtures'
import { WEB_EDITION_URL } from './support/paths'

const messengerChoice = (page: Page, name: string) =>
  page.locator('.matrix-toolbar__messengers').getByRole('checkbox', { name, exact: true })

async function open(webBrowser: Browser, hash = ''): Promise<Page> {
  const page = await (await webBrowser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' })).newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(WEB_EDITION_URL + hash)
  await waitForApp(page)
  ;(page as Page & { errors?: string[] }).errors = errors
  return page
}

test.describe('the view in the address', () => {
  test.skip(({ target }) => target !== 'web', 'the web edition is where links are shared')

  test('Back closes the details dialog and returns to the previous screen; Forward reopens them', async ({ webBrowser }) => {
    const page = await open(webBrowser!)
    await openSection(page, 'Timeline')
    await expect(page).toHaveURL(/#\/timeline$/)
    await openSection(page, 'Comparison')
    await page.getByRole('button', { name: /^Max — Metadata:/ }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expect(page).toHaveURL(/#\/matrix\?cell=max\/metadata$/)
    await page.goBack()
    await expect(page.getByRole('dialog')).toBeHidden()
    await expect(page.getByRole('heading', { level: 2, name: 'Comparison' })).toBeVisible()
    await page.goBack()
    await expect(page.getByRole('heading', { level: 2, name: 'Timeline' })).toBeVisible()
    await page.goForward()
    await page.goForward()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expect(page.getByRole('dialog').getByRole('heading', { name: 'Metadata' })).toBeVisible()
    // Closing it with its own button steps back too, so Back then does not reopen it.
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
    await expect(page).toHaveURL(/#\/matrix$/)
    await page.goBack()
    await expect(page.getByRole('heading', { level: 2, name: 'Timeline' })).toBeVisible()
    await page.context().close()
  })

  test('Back closing the details returns the focus to the cell that opened them, as Escape does', async ({ webBrowser }) => {
    const page = await open(webBrowser!)
    const cell = page.getByRole('button', { name: /^Max — Metadata:/ })
    await cell.click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await page.goBack()
    await expect(page.getByRole('dialog')).toBeHidden()
    await expect(cell).toBeFocused()
    await page.context().close()
  })

  test('Back with the “open this link?” question up dismisses it with the details it belonged to', async ({ webBrowser }) => {
    const page = await open(webBrowser!)
    await page.getByRole('button', { name: /^Max — Metadata:/ }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Open in browser' }).first().click()
    const question = page.getByRole('dialog', { name: 'Open this source in your browser?' })
    await expect(question).toBeVisible()
    await page.goBack()
    await expect(page.locator('dialog.details')).toBeHidden()
    await expect(question).toBeHidden()
    await page.context().close()
  })

  test('Back and Forward move between screens and keep the messengers chosen meanwhile, saved too', async ({ webBrowser }) => {
    const page = await open(webBrowser!)
    await openSection(page, 'Overview')
    await openSection(page, 'Comparison')
    await messengerChoice(page, 'Threema').check()
    await messengerChoice(page, 'Max').uncheck()
    await page.goBack()
    await expect(shownScreenHeading(page)).toHaveText('At a glance')
    await expect(page.locator('main')).toContainText('Threema')
    // The address shows the choice kept, not the older entry's lack of one.
    await expect.poll(() => page.url()).toMatch(/#\/overview\?hide=max&add=threema$/)
    await page.goForward()
    await expect(messengerChoice(page, 'Threema')).toBeChecked()
    await expect(messengerChoice(page, 'Max')).not.toBeChecked()
    await page.goBack()
    await page.reload()
    await waitForApp(page)
    await openSection(page, 'Comparison')
    await expect(messengerChoice(page, 'Threema')).toBeChecked()
    await page.context().close()
  })

  test('a link that names no messengers opens with the saved choice; one that names them sets it, also in an open tab', async ({
    webBrowser
  }) => {
    const page = await open(webBrowser!)
    await messengerChoice(page, 'Threema').check()
    await messengerChoice(page, 'Max').uncheck()
    for (const hash of ['#/timeline', '#/nonsense']) {
      const later = await page.context().newPage()
      await later.goto(WEB_EDITION_URL + hash)
      await waitForApp(later)
      await openSection(later, 'Comparison')
      await expect(messengerChoice(later, 'Threema'), hash).toBeChecked()
      await expect(messengerChoice(later, 'Max'), hash).not.toBeChecked()
      await later.close()
    }
    // A link that names the messengers gives the whole choice (the sender's Max was not hidden).
    const shared = await page.context().newPage()
    await shared.goto(WEB_EDITION_URL + '#/matrix?add=viber')
    await waitForApp(shared)
    await expect(messengerChoice(shared, 'Viber')).toBeChecked()
    await expect(messengerChoice(shared, 'Threema')).not.toBeChecked()
    await expect(messengerChoice(shared, 'Max')).toBeChecked()
    // …and so does one the reader goes to in a tab where the app is already open.
    await shared.evaluate(() => void (window.location.hash = '#/matrix?area=legal-status&hide=signal&add=threema'))
    await expect(messengerChoice(shared, 'Signal')).not.toBeChecked()
    await expect(messengerChoice(shared, 'Threema')).toBeChecked()
    await expect(messengerChoice(shared, 'Viber')).not.toBeChecked()
    await expect(shared.locator('tbody[data-area]')).toHaveCount(1)
    await expect.poll(() => shared.url()).toMatch(/#\/matrix\?area=legal-status&hide=signal&add=threema$/)
    await page.context().close()
  })

  test('a deep link opens the same view: screen, cell, search, area and hidden messengers', async ({ webBrowser }) => {
    const page = await open(webBrowser!, '#/matrix?cell=telegram/e2ee-groups&q=group&area=encryption&hide=signal')
    await expect(page.getByRole('dialog').getByRole('heading', { name: 'Group chats' })).toBeVisible()
    await expect(page.getByRole('dialog')).toContainText('Telegram')
    await page.keyboard.press('Escape')
    await expect(page.getByLabel(/Search criteria/)).toHaveValue('group')
    await expect(page.locator('tbody[data-area]')).toHaveCount(1)
    await expect(page.locator('thead')).not.toContainText('Signal')
    const compare = await open(webBrowser!, '#/compare?pair=max,signal')
    await expect(compare.getByRole('heading', { level: 2, name: 'Side by side' })).toBeVisible()
    await compare.context().close()
    await page.context().close()
  })

  test('the presentation slide is in the address, and Back leaves the presentation', async ({ webBrowser }) => {
    const page = await open(webBrowser!)
    await page.getByRole('button', { name: 'Present' }).click()
    await expect(page).toHaveURL(/slide=1$/)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect(page).toHaveURL(/slide=3$/)
    await page.goBack()
    await expect(page.locator('.presentation')).toHaveCount(0)
    const linked = await open(webBrowser!, '#/matrix?slide=3')
    await expect(linked.locator('.presentation')).toContainText('Slide 3 of')
    await linked.context().close()
    await page.context().close()
  })

  test('a presentation link shows the slide the sender saw, whatever area and messengers the reader had saved', async ({ webBrowser }) => {
    const sender = await open(webBrowser!)
    await sender.getByRole('button', { name: 'Present' }).click()
    for (let step = 0; step < 3; step++) await sender.keyboard.press('ArrowRight')
    // The defaults are named too: the deck, and so the slide's number, depends on them.
    await expect(sender).toHaveURL(/#\/matrix\?area=all&hide=&slide=4$/)
    const slide = (await sender.locator('.presentation__slide').innerText()).replace(/\s+/g, ' ').trim()
    const reader = await open(webBrowser!, '#/matrix?area=legal-status&hide=signal&add=threema')
    const linked = await reader.context().newPage()
    await linked.goto(sender.url())
    await waitForApp(linked)
    await expect(linked.locator('.presentation__slide')).toHaveText(slide, { useInnerText: true })
    // The link set the reader's saved choice to the sender's, as any link naming it does.
    await linked.keyboard.press('Escape')
    await expect(messengerChoice(linked, 'Signal')).toBeChecked()
    await expect(messengerChoice(linked, 'Threema')).not.toBeChecked()
    await expect(linked.locator('tbody[data-area]')).toHaveCount(3)
    await reader.context().close()
    await sender.context().close()
  })

  for (const hash of [
    '#%E0%A4%A',
    '#/nowhere?cell=../../etc',
    '#/matrix?cell=max/<img src=x onerror=alert(1)>',
    '#/about?slide=NaN&hide=,,,'
  ])
    test(`a malformed hash (${hash}) opens a valid view (the default where the screen is unknown) without an error`, async ({
      webBrowser
    }) => {
      const page = await open(webBrowser!, hash)
      await expect(shownScreenHeading(page)).toHaveText(hash.startsWith('#/about') ? 'Methodology and about' : 'Comparison')
      await expect(page.getByRole('dialog')).toHaveCount(0)
      expect((page as Page & { errors?: string[] }).errors).toEqual([])
      await page.context().close()
    })
})
