// Evidence a trainer can show: two dates that mean what they say, one stated rule for "possibly
// outdated", publishers' kinds and tiers in words, copies that name their original, Russian titles.
import type { Page } from '@playwright/test'
import { freshnessOf } from '../common/dataset/freshness'
import { expect, openSection, test, waitForApp } from './fixtures'
import { builtDataset } from './support/built-dataset'
import { WEB_EDITION_URL } from './support/paths'

const dataset = builtDataset()

/** The app on the day its data was released: the flags then follow the data, not the test run's date. */
async function openOnDataDate(webBrowser: import('@playwright/test').Browser, locale = 'en-GB'): Promise<Page> {
  const context = await webBrowser.newContext({ viewport: { width: 1280, height: 720 }, locale })
  const page = await context.newPage()
  await page.clock.setFixedTime(new Date(`${dataset.date}T12:00:00Z`))
  await page.goto(WEB_EDITION_URL)
  await waitForApp(page)
  return page
}

test.describe('evidence and dates', () => {
  test.skip(({ target }) => target !== 'web', 'the clock is set per page in the web edition')

  test('flags exactly the cells the stated rule picks: months-old blocking evidence yes, a stable fact reviewed this month no', async ({
    webBrowser
  }) => {
    const page = await openOnDataDate(webBrowser!)
    await openSection(page, 'Comparison')
    // The matrix shows the default selection as columns, in the dataset's order.
    const shown = dataset.messengers.filter((m) => dataset.defaultMessengers?.includes(m.id) ?? true)
    const expected = shown.flatMap((m) =>
      dataset.criteria.filter((c) => freshnessOf(m.cells[c.id]!, c.review.months, dataset.date).stale).map((c) => `${m.id}|${c.id}`)
    )
    const columns = shown.map((m) => m.id)
    const flagged = await page
      .locator('tbody tr[data-criterion]')
      .evaluateAll(
        (rows, ids) =>
          rows.flatMap((row) =>
            [...row.querySelectorAll('td')].flatMap((td, index) =>
              td.querySelector('.matrix__outdated') ? [`${ids[index]}|${(row as HTMLElement).dataset.criterion}`] : []
            )
          ),
        columns
      )
    expect(flagged.sort()).toEqual(expected.sort())
    // The rule's two sides, on the real data: access evidence is months old; Signal's open source is not flagged.
    expect(expected).toContain('telegram|availability-ru')
    expect(expected).not.toContain('signal|open-source')
    expect(expected.length).toBeLessThan(shown.length * dataset.criteria.length * 0.25)
    await expect(page.getByTestId('copy-age').first()).toContainText('This copy’s data is from')
    await page.context().close()
  })

  test('a details dialog shows both dates, the review interval with its reason, and why it is flagged', async ({ webBrowser }) => {
    const page = await openOnDataDate(webBrowser!)
    await openSection(page, 'Comparison')
    await page.getByRole('button', { name: /^Telegram — Availability in Russia:/ }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByTestId('details-reviewed')).toHaveText(/\d{1,2} \w+ \d{4}/)
    await expect(dialog.getByTestId('details-evidence')).toHaveText(/\w+ \d{4}/)
    await expect(dialog.getByText(/^Reviewed every month\. Blocking and throttling change/)).toBeVisible()
    await expect(dialog.getByRole('note')).toContainText('Possibly outdated: this changes quickly, and the newest evidence is from')
    await expect(dialog.locator('.source__tier').first()).toHaveText(/Primary source|Reputable|Secondary|Weak: a copy/)
    await page.keyboard.press('Escape')
    // A stable fact reviewed this month: two dates, no flag.
    await page.getByRole('button', { name: /^Signal — Open source:/ }).click()
    await expect(dialog.getByText(/^Reviewed every 12 months\./)).toBeVisible()
    await expect(dialog.getByRole('note')).toHaveCount(0)
    await page.context().close()
  })

  test('in Russian, every described source title is Russian, in dialogs, the timeline and checklists', async ({ webBrowser }) => {
    const page = await openOnDataDate(webBrowser!, 'ru-RU')
    await page.getByRole('button', { name: 'Русский' }).click()
    const describedTitles = () =>
      page.locator('.source__title').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? '').filter((t) => t.startsWith('[')))
    const notRussian = (titles: string[]) => titles.filter((t) => !/\p{Script=Cyrillic}/u.test(t))
    await openSection(page, 'Сравнение')
    for (const name of [/^Max — Личные чаты:/, /^WhatsApp — Доступность в России:/, /^Signal — Резервные копии/]) {
      await page.getByRole('button', { name }).first().click()
      const titles = await describedTitles()
      expect(titles.length).toBeGreaterThan(0)
      expect(notRussian(titles)).toEqual([])
      await expect(page.getByRole('dialog').locator('.source__tier').first()).toHaveText(
        /Первоисточник|Надёжный источник|Второстепенный источник|Слабый: копия/
      )
      await page.keyboard.press('Escape')
    }
    for (const section of ['Хронология', 'Если без него никак']) {
      await openSection(page, section)
      // Collapsed source lists are in the page too: their titles are read without opening each one.
      expect(notRussian(await describedTitles())).toEqual([])
    }
    await page.context().close()
  })
})
