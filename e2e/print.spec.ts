// Any screen on paper: the comparison as a clean table, a cell's details as its evidence sheet, the
// checklists with their sources shown. No controls, no per-cell tags.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, openSection, test } from './fixtures'
import { ROOT } from './support/paths'
import { pdfPages } from './support/pdf'

const print = async (page: Page): Promise<string[]> => {
  await page.emulateMedia({ media: 'print' })
  return pdfPages(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }))
}
const cellSources = (messenger: string, criterion: string): string[] =>
  JSON.parse(readFileSync(join(ROOT, 'data', 'messengers', `${messenger}.json`), 'utf8')).cells[criterion].sources.map(
    (s: { url: string }) => s.url
  )
/** pdf.js breaks long addresses across lines: compare without the breaks. */
const squashed = (pages: string[]) => pages.join('').replace(/\s+/g, '')

test.describe('printing', () => {
  test.beforeEach(({ target }) => test.skip(target !== 'web', 'the web edition prints through the browser'))

  test('the comparison prints as a table with the copy’s age, without controls or per-cell tags', async ({ appPage }) => {
    const text = (await print(appPage)).join(' ')
    expect(text).toContain('One-to-one chats')
    expect(text).toContain('Legal risk for users')
    expect(text).toMatch(/This copy’s data is from \d+ \w+ 20\d\d/)
    for (const control of ['Search criteria', 'Export the comparison', 'Arrow keys move', 'Possibly outdated', 'Present', 'Show Signal'])
      expect(text).not.toContain(control)
  })

  test('a cell’s details print as its evidence sheet: every source with its address, on one page for seven sources', async ({
    appPage
  }) => {
    await appPage.getByRole('button', { name: /^Max — Metadata:/ }).click()
    const pages = await print(appPage)
    expect(pages).toHaveLength(1)
    expect(pages[0]).toContain('Metadata')
    for (const url of cellSources('max', 'metadata')) expect(squashed(pages)).toContain(url)
    expect(pages[0]).not.toContain('Open in browser')
    expect(pages[0]).not.toContain('One-to-one chats')
  })

  test('the longest evidence (eleven sources) prints whole, not cut at the first page', async ({ appPage }) => {
    await appPage.getByRole('button', { name: /^Telegram — Restrictions imposed:/ }).click()
    const pages = await print(appPage)
    for (const url of cellSources('telegram', 'restrictions')) expect(squashed(pages)).toContain(url)
    expect(pages.length).toBeLessThanOrEqual(2)
  })

  test('the checklists print with every item’s sources shown and no buttons', async ({ appPage }) => {
    await openSection(appPage, 'If you must use it')
    const pages = await print(appPage)
    const checklists = JSON.parse(readFileSync(join(ROOT, 'data', 'checklists.json'), 'utf8')).checklists
    for (const url of checklists.max.flatMap((item: { sources: { url: string }[] }) => item.sources.map((s) => s.url)))
      expect(squashed(pages)).toContain(url)
    expect(pages.join(' ')).not.toContain('Save as a file')
  })
})
