import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test } from './fixtures'
import { ROOT } from './support/paths'

test('the portable single file shows the full comparison from file:// with networking disabled', async ({ webBrowser, target }) => {
  test.skip(target !== 'web', 'the portable file is for browsers')
  const dir = join(ROOT, 'out', 'portable')
  const [file] = readdirSync(dir).filter((f) => f.endsWith('.html'))
  const context = await webBrowser!.newContext({ offline: true, locale: 'en-GB' })
  const requests: string[] = []
  const problems: string[] = []
  const page = await context.newPage()
  page.on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(pathToFileURL(join(dir, file!)).href)
  await expect(page.locator('tbody td button')).toHaveCount(19 * 4)
  await page.getByRole('button', { name: 'Русский' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Мессенджеры и приватность')
  await page.getByRole('button', { name: /^Max — Личные чаты:/ }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  // One request only: the file itself. Everything else is inside it.
  expect(requests).toEqual([pathToFileURL(join(dir, file!)).href])
  expect(problems).toEqual([])
  await context.close()
})
