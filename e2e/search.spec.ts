// Searching the comparison finds words in any of their forms, in either language, and marks them.
import { expect, openSection, test } from './fixtures'

const SEARCH_RU = 'Поиск по критериям, ответам и подробностям'

test('a Russian reader typing «секретные чаты» sees the Secret Chats rows, the words marked', async ({ appPage }) => {
  await appPage.getByRole('button', { name: 'Русский' }).click()
  await openSection(appPage, 'Сравнение')
  const rows = appPage.locator('tbody tr[data-criterion]')
  const all = await rows.count()
  await appPage.getByLabel(SEARCH_RU).fill('секретные чаты')
  await expect(appPage.locator('tbody tr[data-criterion="e2ee-default-1to1"]')).toBeVisible()
  expect(await rows.count()).toBeLessThan(all)
  // Telegram's answer says «кроме секретных чатов»: another form of the same words, marked.
  const answer = appPage.getByRole('button', { name: /^Telegram — Личные чаты:/ })
  await expect(answer.locator('mark')).toHaveText(['секретных', 'чатов'])
  await expect(appPage.locator('tbody mark').first()).toBeVisible()
})

test('the Russian UI finds an English word, says where it matched, and clearing the search removes the marks', async ({ appPage }) => {
  await appPage.getByRole('button', { name: 'Русский' }).click()
  await openSection(appPage, 'Сравнение')
  const search = appPage.getByLabel(SEARCH_RU)
  await search.fill('backups')
  const row = appPage.locator('tbody tr[data-criterion="backups"]')
  await expect(row).toBeVisible()
  // Nothing Russian on the row carries the English word, so the row says where it matched.
  await expect(row.locator('mark')).toHaveCount(0)
  await expect(row).toContainText('Найдено в пояснениях или в английском тексте')
  await search.fill('')
  await expect(appPage.locator('tbody mark')).toHaveCount(0)
})
