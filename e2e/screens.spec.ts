import { readFileSync } from 'node:fs'
import { expect, openSection, test } from './fixtures'

test.describe('if you must use it', () => {
  test('a checklist tick survives a reload', async ({ appPage }) => {
    await openSection(appPage, 'If you must use it')
    const first = appPage.locator('.checklist[data-messenger="telegram"] input[type="checkbox"]').first()
    await first.check()
    await expect(appPage.locator('.checklist[data-messenger="telegram"] .checklist__progress')).toHaveText(/^1 of \d+ done$/)
    await appPage.reload()
    await openSection(appPage, 'If you must use it')
    await expect(appPage.locator('.checklist[data-messenger="telegram"] input[type="checkbox"]').first()).toBeChecked()
  })
})

test.describe('the comparison kept behind another screen', () => {
  test('cannot be seen, focused or read out, and comes back as it was left', async ({ appPage }) => {
    await appPage.getByRole('combobox', { name: 'Area', exact: true }).selectOption({ label: 'Encryption' })
    await openSection(appPage, 'Overview')
    await expect(appPage.locator('table.matrix')).toBeHidden()
    await expect(appPage.getByRole('heading', { name: 'Comparison', exact: true })).toHaveCount(0)
    await expect(appPage.getByRole('table')).toHaveCount(0)
    // Tab through everything on the page: focus never lands inside the hidden comparison.
    await appPage.getByRole('navigation').getByRole('button', { name: 'Overview' }).focus()
    const visited = new Set<string>()
    for (let step = 0; step < 300; step++) {
      await appPage.keyboard.press('Tab')
      const where = await appPage.evaluate(() => {
        const active = document.activeElement
        if (!active || active === document.body) return null
        return { hidden: !!active.closest('.kept-screen--hidden'), key: `${active.tagName}:${active.textContent?.slice(0, 40)}` }
      })
      if (!where || visited.has(where.key)) break
      visited.add(where.key)
      expect(where.hidden).toBe(false)
    }
    expect(visited.size).toBeGreaterThan(5)
    await openSection(appPage, 'Comparison')
    await expect(appPage.locator('table.matrix')).toBeVisible()
    await expect(appPage.getByRole('combobox', { name: 'Area', exact: true })).toHaveValue('encryption')
  })
})

test.describe('side by side', () => {
  test('shows only the criteria where the two messengers differ', async ({ appPage }) => {
    await openSection(appPage, 'Side by side')
    await appPage.getByLabel('First messenger').selectOption({ label: 'WhatsApp' })
    await appPage.getByLabel('Second messenger').selectOption({ label: 'Max' })
    const rows = appPage.locator('table.compare tbody tr')
    const count = await rows.count()
    expect(count).toBeGreaterThan(0)
    expect(count).toBeLessThan(19)
    await expect(appPage.getByRole('status').filter({ hasText: `They differ on ${count} criteri` })).toBeVisible()
    for (let i = 0; i < count; i++) {
      const [a, b] = await rows.nth(i).locator('.verdict__label').allTextContents()
      expect(a).not.toBe(b)
    }
  })
})

test.describe('timeline', () => {
  test('filters events by messenger', async ({ appPage }) => {
    await openSection(appPage, 'Timeline')
    const all = await appPage.locator('.timeline__event').count()
    expect(all).toBeGreaterThan(5)
    await appPage.getByRole('group', { name: 'Show events for' }).getByRole('button', { name: 'Max' }).click()
    const forMax = await appPage.locator('.timeline__event').count()
    expect(forMax).toBeLessThan(all)
    for (const tags of await appPage.locator('.timeline__tags').allTextContents()) expect(tags).toMatch(/Max|All messengers/)
  })
})

test.describe('settings', () => {
  test('language, theme and filters survive a reload', async ({ appPage }) => {
    await appPage.getByRole('button', { name: 'Русский' }).click()
    await appPage.getByRole('combobox', { name: 'Тема' }).selectOption('dark')
    await openSection(appPage, 'Сравнение')
    await appPage.getByRole('combobox', { name: 'Раздел', exact: true }).selectOption({ label: 'Шифрование' })
    await appPage.reload()
    await expect(appPage.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(appPage.locator('html')).toHaveAttribute('data-theme', 'dark')
    await openSection(appPage, 'Сравнение')
    await expect(appPage.getByRole('combobox', { name: 'Раздел', exact: true })).toHaveValue('encryption')
  })
})

test.describe('keyboard only', () => {
  test('walks to the matrix, moves with arrows, opens a cell and closes it again', async ({ appPage }) => {
    const nav = appPage.getByRole('navigation').getByRole('button', { name: 'Comparison' })
    await nav.focus()
    await appPage.keyboard.press('Enter')
    const firstCell = appPage.getByRole('button', { name: /^WhatsApp — One-to-one chats:/ })
    // One tab stop for the whole grid: Tab from the last toolbar checkbox lands on the first cell.
    await appPage.getByRole('checkbox', { name: 'Signal' }).focus()
    await appPage.keyboard.press('Tab')
    await expect(firstCell).toBeFocused()
    await appPage.keyboard.press('ArrowRight')
    await expect(appPage.getByRole('button', { name: /^Telegram — One-to-one chats:/ })).toBeFocused()
    await appPage.keyboard.press('ArrowDown')
    const target = appPage.getByRole('button', { name: /^Telegram — Group chats:/ })
    await expect(target).toBeFocused()
    await appPage.keyboard.press('Enter')
    const dialog = appPage.getByRole('dialog')
    await expect(dialog.getByRole('heading', { name: 'Group chats' })).toBeVisible()
    await appPage.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(target).toBeFocused()
  })
})

test.describe('export', () => {
  test('the comparison downloads as CSV in the chosen language and parses back to every cell', async ({ appPage, target }) => {
    test.skip(target !== 'web', 'the desktop app saves through a native dialog (unit-tested)')
    await appPage.getByRole('button', { name: 'Русский' }).click()
    const [download] = await Promise.all([appPage.waitForEvent('download'), appPage.getByRole('button', { name: 'CSV' }).click()])
    expect(download.suggestedFilename()).toMatch(/^messenger-comparison-\d+\.\d+\.\d+-ru\.csv$/)
    const { default: Papa } = await import('papaparse')
    const bytes = readFileSync(await download.path())
    // A UTF-8 byte-order mark first, so Excel on a Russian Windows shows Cyrillic, not mojibake.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    expect(text).toContain('Мессенджер')
    const parsed = Papa.parse<Record<string, string>>(text, { header: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.data).toHaveLength(19 * 4)
    expect(Object.keys(parsed.data[0]!)).toContain('Мессенджер')
  })
})
