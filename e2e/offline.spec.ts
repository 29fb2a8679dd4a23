import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, openSection, test, waitForApp } from './fixtures'
import { ROOT, WEB_EDITION_DIR, WEB_EDITION_URL } from './support/paths'

const PORTABLE_DIR = join(ROOT, 'out', 'portable')

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

  test('a copy of the web edition missing its files says so instead of showing buttons that do nothing', async ({ appPage, target }) => {
    test.skip(target !== 'web', 'the desktop app is installed whole')
    const notice = appPage.locator('.missing-files')
    await expect(notice).toBeHidden()
    const copies = mkdtempSync(join(tmpdir(), 'mp-incomplete-'))
    try {
      // Passed on without the data, without the app, or without the whole assets folder (no script, no stylesheet).
      for (const [name, missing] of [
        ['no-data', join('assets', 'dataset.js')],
        ['no-app', join('assets', 'app.js')],
        ['no-assets', 'assets']
      ] as const) {
        const copy = join(copies, name)
        cpSync(WEB_EDITION_DIR, copy, { recursive: true })
        rmSync(join(copy, missing), { recursive: true })
        await appPage.goto(pathToFileURL(join(copy, 'index.html')).href)
        await expect(notice, name).toBeVisible()
        await expect(notice.locator('[lang=en]'), name).toContainText('some of its files are missing')
        await expect(notice.locator('[lang=ru]'), name).toContainText('не хватает части файлов')
        await expect(appPage.locator('.start-failed'), name).toBeHidden()
        // Without its data the app still starts and says it has none; the tests' wait for the app
        // reports that at once instead of waiting out its timeout.
        if (name === 'no-data') await expect(waitForApp(appPage)).rejects.toThrow(/instead of a screen: The comparison could not be loaded/)
      }
    } finally {
      rmSync(copies, { recursive: true, force: true })
    }
  })

  test('an app that cannot start in this browser says so, and a complete edition never does', async ({ appPage, webBrowser, target }) => {
    test.skip(target !== 'web', 'the web and portable editions')
    const notice = appPage.locator('.start-failed')
    // The complete editions start without an error escaping, so the notice never shows (checked after start).
    const context = await webBrowser!.newContext()
    const page = await context.newPage()
    const portable = readdirSync(PORTABLE_DIR).find((file) => file.endsWith('.html'))!
    for (const url of [WEB_EDITION_URL, pathToFileURL(join(PORTABLE_DIR, portable)).href]) {
      await page.goto(url)
      await waitForApp(page)
      await expect(page.locator('html'), url).toHaveAttribute('data-app-started', '')
      await expect(page.locator('.start-failed'), url).toBeHidden()
    }
    await context.close()
    // A browser too old for the app's script: it loads but cannot be parsed.
    const copy = mkdtempSync(join(tmpdir(), 'mp-old-browser-'))
    try {
      cpSync(WEB_EDITION_DIR, copy, { recursive: true })
      writeFileSync(join(copy, 'assets', 'app.js'), 'const syntaxThisBrowserDoesNotKnow = @@;\n')
      await appPage.goto(pathToFileURL(join(copy, 'index.html')).href)
      await expect(notice).toBeVisible()
      await expect(notice.locator('[lang=en]')).toHaveText(
        'Messenger Privacy could not start in this browser: what is shown below can be read, but its buttons do nothing. ' +
          'Open this file in an up-to-date browser (Chrome, Firefox, Safari or Edge).',
        { useInnerText: true }
      )
      await expect(notice.locator('[lang=ru]')).toContainText('не запустилось в этом браузере')
      await expect(appPage.locator('.missing-files')).toBeHidden()
      // Under a link to another screen the prerendered comparison waits hidden for the app; without one it is all there is.
      await appPage.goto('about:blank')
      await appPage.goto(pathToFileURL(join(copy, 'index.html')).href + '#/timeline')
      await expect(notice).toBeVisible()
      await expect(appPage.locator('.app__main')).toBeVisible()
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })

  test('with scripts turned off, the complete editions do not claim that files are missing', async ({ webBrowser, target }) => {
    test.skip(target !== 'web', 'the web and portable editions')
    const context = await webBrowser!.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const portable = readdirSync(PORTABLE_DIR).find((file) => file.endsWith('.html'))!
    for (const url of [WEB_EDITION_URL, pathToFileURL(join(PORTABLE_DIR, portable)).href]) {
      await page.goto(url)
      await expect(page.locator('.missing-files'), url).toBeHidden()
      // (Its <noscript> line cannot be checked here: scripts turned off through DevTools leave the
      // parser treating <noscript> as text.)
      await expect(page.getByRole('heading', { level: 1 }), url).toHaveText('Messenger Privacy')
    }
    await context.close()
  })
})
