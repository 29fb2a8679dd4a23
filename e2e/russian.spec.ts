import { readFileSync } from 'node:fs'
import { expect, openSection, test } from './fixtures'
import { builtDataset } from './support/built-dataset'

const SECTIONS_RU = ['Сравнение', 'Обзор', 'Что меня беспокоит', 'Если без него никак', 'Два рядом', 'Хронология', 'Методика и о проекте']

/** Latin words that belong to the Russian data itself (product and company names, protocol names). */
function latinWordsInRussianData(): Set<string> {
  // The language switch names English in English; "Enter" is the key's label on Russian keyboards;
  // CSV, JSON, Markdown and PDF are names of file formats.
  // SHA-256 and SHA256SUMS name the checksum a copy is checked with; the publisher's name is a name.
  const { author } = JSON.parse(readFileSync('package.json', 'utf8')) as { author: string }
  const words = new Set<string>([
    'English',
    'Enter',
    'CSV',
    'JSON',
    'Markdown',
    'PDF',
    'SHA-256',
    'SHA256SUMS',
    ...(author.match(/[A-Za-z][A-Za-z0-9.+-]*/g) ?? [])
  ])
  JSON.parse(JSON.stringify(builtDataset()), (key, value) => {
    if (typeof value === 'string' && (key === 'ru' || key === 'name' || key === 'title' || key === 'publisher' || key === 'url'))
      for (const word of value.match(/[A-Za-z][A-Za-z0-9.+-]*/g) ?? []) words.add(word)
    return value
  })
  return words
}

test('switching to Russian leaves no English on any screen, except names', async ({ appPage }) => {
  await appPage.getByRole('button', { name: 'Русский' }).click()
  const allowed = latinWordsInRussianData()
  for (const section of SECTIONS_RU) {
    await openSection(appPage, section)
    if (section === 'Что меня беспокоит') await appPage.locator('.chip').first().click()
    const text = await appPage.locator('body').innerText()
    // A full stop after a name may end the sentence ("… и VK Messenger."), or belong to it ("Inc.").
    const english = (text.match(/[A-Za-z][A-Za-z0-9.+-]*/g) ?? []).filter(
      (word) => !allowed.has(word) && !allowed.has(word.replace(/\.+$/, ''))
    )
    expect(english, `English left on "${section}"`).toEqual([])
  }
})

test('search finds a Russian word with ё typed as е, whatever the case', async ({ appPage }) => {
  await appPage.getByRole('button', { name: 'Русский' }).click()
  await openSection(appPage, 'Сравнение')
  const rows = appPage.locator('tbody tr[data-criterion]')
  const all = await rows.count()
  // The criterion is titled «Введённые ограничения»; the query has е for ё and odd capitals.
  await appPage.getByLabel('Поиск по критериям, ответам и подробностям').fill('ВВЕДЕННЫЕ ограничения')
  await expect(appPage.locator('tbody tr[data-criterion="restrictions"]')).toBeVisible()
  const found = await rows.count()
  expect(found).toBeGreaterThan(0)
  expect(found).toBeLessThan(all)
  await expect(appPage.getByRole('status').filter({ hasText: new RegExp(`Подход[а-я]+ ${found} критери`) })).toBeVisible()
  await appPage.getByLabel('Поиск по критериям, ответам и подробностям').fill('слово-которого-нет')
  await expect(rows).toHaveCount(0)
  await expect(appPage.getByText('По запросу «слово-которого-нет» ничего не найдено.')).toBeVisible()
})

test('each checklist’s «Сделано N из M» stays on one line (at the desktop width, where it once split)', async ({ appPage }) => {
  await appPage.getByRole('button', { name: 'Русский' }).click()
  await openSection(appPage, 'Если без него никак')
  const counts = appPage.locator('.checklist__progress')
  await expect(counts.first()).toBeVisible()
  expect(await counts.count()).toBeGreaterThan(3)
  for (const count of await counts.all()) {
    // The text's own line boxes, whatever height the flex row gives the paragraph.
    const lines = await count.evaluate((element) => {
      const range = document.createRange()
      range.selectNodeContents(element)
      return new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size
    })
    expect(lines, await count.innerText()).toBe(1)
  }
})
