import { expect, openSection, test } from './fixtures'

test.describe('the comparison', () => {
  test.beforeEach(async ({ appPage }) => openSection(appPage, 'Comparison'))

  test('shows WhatsApp, Telegram and Max as columns, with Signal set apart as the reference', async ({ appPage }) => {
    const headers = appPage.locator('thead th')
    await expect(headers).toHaveCount(5)
    await expect(headers.nth(1)).toContainText('WhatsApp')
    await expect(headers.nth(2)).toContainText('Telegram')
    await expect(headers.nth(3)).toContainText('Max')
    await expect(headers.nth(4)).toContainText('Signal')
    await expect(headers.nth(4)).toContainText('Reference')
  })

  test('groups the criteria into the three areas', async ({ appPage }) => {
    for (const area of ['Encryption', 'Data localisation', 'Legal status in Russia'])
      await expect(appPage.getByRole('heading', { level: 3, name: area })).toBeVisible()
  })

  test('every cell shows its verdict in words, not colour alone', async ({ appPage }) => {
    const cells = appPage.locator('tbody td')
    const count = await cells.count()
    expect(count).toBe(19 * 4)
    const labels = await appPage.locator('tbody td .verdict__label').allTextContents()
    expect(labels).toHaveLength(count)
    for (const label of labels) expect(['Good', 'Mixed', 'Poor', 'Unknown', 'Works', 'Limited', 'Blocked', 'Not known']).toContain(label)
  })

  test('opening a cell shows its notes, sources and review date, and Escape closes it', async ({ appPage }) => {
    await appPage.getByRole('button', { name: /^Max — One-to-one chats:/ }).click()
    const dialog = appPage.getByRole('dialog')
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('heading', { name: 'One-to-one chats' })).toBeVisible()
    await expect(dialog.getByRole('heading', { name: 'Notes' })).toBeVisible()
    await expect(dialog.getByRole('heading', { name: /\d+ sources?/ })).toBeVisible()
    await expect(dialog.getByTestId('details-reviewed')).toHaveText(/^\d{1,2} \w+ \d{4}$/)
    await expect(dialog.locator('.source__url').first()).toHaveText(/^https:\/\//)
    await expect(dialog.locator('.source__kind').first()).toHaveText(
      /Company|Law|Regulator|Court|Press|State media|NGO|Research|Aggregator|Mirror copy/
    )
    await appPage.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  })

  test('filters by area and hides a messenger', async ({ appPage }) => {
    await appPage.getByRole('combobox', { name: 'Area', exact: true }).selectOption({ label: 'Legal status in Russia' })
    await expect(appPage.locator('tbody[data-area]')).toHaveCount(1)
    await expect(appPage.locator('tbody tr[data-criterion]')).toHaveCount(5)
    await appPage.getByRole('checkbox', { name: 'Telegram' }).uncheck()
    await expect(appPage.locator('thead th')).toHaveCount(4)
    await expect(appPage.locator('thead')).not.toContainText('Telegram')
  })

  test('shows which dataset is in use', async ({ appPage }) => {
    await expect(appPage.getByTestId('dataset-version')).toHaveText(/Dataset \d+\.\d+\.\d+ of .+ \(built into the app\)/)
  })
})

test('at 200% zoom on a 1280×720 screen, the messenger names stay in view while scrolling the comparison', async ({ appPage, target }) => {
  test.skip(target !== 'web', 'the window size is the user’s in the desktop app')
  await appPage.setViewportSize({ width: 640, height: 360 })
  const lastRow = appPage.locator('tbody tr[data-criterion="user-risk"]')
  await lastRow.scrollIntoViewIfNeeded()
  await expect(lastRow).toBeInViewport()
  const header = await appPage.locator('thead th').nth(1).boundingBox()
  expect(header!.y).toBeGreaterThanOrEqual(-1)
  expect(header!.y).toBeLessThan(5)
  await expect(appPage.locator('thead th').nth(1)).toBeInViewport()
})
