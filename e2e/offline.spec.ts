import { expect, openSection, test, waitForApp } from './fixtures'
import { WEB_EDITION_URL } from './support/paths'

test.describe('offline by construction', () => {
  test('the web edition loads everything from its own files and makes no network request', async ({ appPage, target }) => {
    test.skip(target !== 'web', 'the Electron app blocks requests in the main process (unit-tested)')
    const requests: string[] = []
    appPage.on('request', (request) => requests.push(request.url()))
    await appPage.goto(WEB_EDITION_URL)
    // Before the app has started, a click lands on the prerendered page and is replayed later, while an
    // Escape pressed meanwhile is not: the dialog would then open after the Escape and stay open.
    await waitForApp(appPage)
    await openSection(appPage, 'Comparison')
    await appPage.getByRole('button', { name: /^WhatsApp — One-to-one chats:/ }).click()
    const dialog = appPage.getByRole('dialog')
    await expect(dialog).toBeVisible()
    await appPage.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await appPage.getByRole('button', { name: 'Русский' }).click()
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([])
  })

  test('the page carries a Content-Security-Policy that forbids remote content', async ({ appPage, target }) => {
    test.skip(target !== 'web', 'Electron sends the policy as a header (unit-tested)')
    const csp = await appPage.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("connect-src 'none'")
  })
})
