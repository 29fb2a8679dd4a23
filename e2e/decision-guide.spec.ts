// The answer the app gives, end to end in both languages: access and protection never share words,
// the guide never points a worried person to a provider that can read them, Signal is a candidate,
// ties are ties, and the bottom line is on the first screen.
import { LANGUAGES } from '../common/vocabulary'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, openSection, test } from './fixtures'
import { ROOT } from './support/paths'

type Text = { en: string; ru: string }
const concernsFile = JSON.parse(readFileSync(join(ROOT, 'data/concerns.json'), 'utf8')) as {
  concerns: { id: string; title: Text; criteria: string[] }[]
  presets: { id: string; title: Text }[]
}
const criteriaFile = JSON.parse(readFileSync(join(ROOT, 'data/criteria.json'), 'utf8')) as { criteria: { id: string; scale: string }[] }
const accessCriteria = criteriaFile.criteria.filter((c) => c.scale === 'access').map((c) => c.id)
const protectionConcerns = concernsFile.concerns.filter((c) => c.criteria.some((id) => !accessCriteria.includes(id)))

const ACCESS_VERDICTS = ['works', 'limited', 'blocked', 'unclear']
const maxFile = JSON.parse(readFileSync(join(ROOT, 'data/messengers/max.json'), 'utf8')) as { cells: Record<string, { verdict: string }> }
const maxAvailability = maxFile.cells['availability-ru']!.verdict

const WORDS = {
  en: {
    protection: ['Good', 'Mixed', 'Poor', 'Unknown', 'Not offered'],
    access: ['Works', 'Limited', 'Blocked', 'Not known'],
    worries: 'What worries me',
    tie: /Tie with/
  },
  ru: {
    protection: ['Хорошо', 'С оговорками', 'Плохо', 'Неизвестно', 'Нет функции'],
    access: ['Работает', 'Ограничен', 'Заблокирован', 'Неясно'],
    worries: 'Что меня беспокоит',
    tie: /Наравне с/
  }
} as const

async function useLanguage(page: Page, language: 'en' | 'ru') {
  if (language === 'ru') await page.getByRole('button', { name: 'Русский' }).click()
}
const guideOrder = (page: Page) => page.locator('.guide-entry').evaluateAll((items) => items.map((i) => i.getAttribute('data-messenger')))
const fitOf = (page: Page, id: string) =>
  page.locator(`.guide-entry[data-messenger="${id}"]`).evaluate((e) => e.closest('[data-fit]')?.getAttribute('data-fit'))

for (const language of LANGUAGES) {
  test.describe(`in ${language === 'en' ? 'English' : 'Russian'}`, () => {
    test('no access criterion carries protection words, and no protection criterion access words', async ({ appPage }) => {
      await useLanguage(appPage, language)
      for (const row of await appPage.locator('tbody tr[data-criterion]').all()) {
        const scale = accessCriteria.includes((await row.getAttribute('data-criterion'))!) ? 'access' : 'protection'
        for (const label of await row.locator('.verdict__label').allTextContents()) expect(WORDS[language][scale]).toContain(label)
      }
      // Max is usable in Russia without a VPN; that must never read as protection: its access word, as the data has it.
      await expect(appPage.locator('tbody tr[data-criterion="availability-ru"] td').nth(2).locator('.verdict__label')).toHaveText(
        WORDS[language].access[ACCESS_VERDICTS.indexOf(maxAvailability)]!
      )
    })

    test('with any protection worry or preset, Max is never shown first or as a fit, and Signal is in the guide', async ({ appPage }) => {
      await useLanguage(appPage, language)
      await openSection(appPage, WORDS[language].worries)
      const choices = [
        ...concernsFile.presets.map((p) => async () => appPage.getByRole('button', { name: p.title[language] }).click()),
        ...protectionConcerns.map((c) => async () => {
          // This worry alone: untick everything else first.
          const ticked = appPage.locator('.concern input:checked')
          while ((await ticked.count()) > 0) await ticked.first().uncheck()
          await appPage.getByRole('checkbox', { name: c.title[language] }).check()
        })
      ]
      for (const choose of choices) {
        await choose()
        const order = await guideOrder(appPage)
        expect(order).toContain('signal')
        expect(order[0]).not.toBe('max')
        expect(await fitOf(appPage, 'max')).not.toBe('fits')
      }
    })

    test('a tie is labelled as a tie, and a reason opens the cell it rests on', async ({ appPage }) => {
      await useLanguage(appPage, language)
      await openSection(appPage, WORDS[language].worries)
      const calls = concernsFile.concerns.find((c) => c.id === 'private-calls')!
      await appPage.getByRole('checkbox', { name: calls.title[language] }).check()
      await expect(appPage.locator('.guide-entry[data-messenger="whatsapp"] .guide-entry__tie')).toHaveText(WORDS[language].tie)
      await expect(appPage.locator('.guide-entry[data-messenger="signal"] .guide-entry__tie')).toHaveText(WORDS[language].tie)
      await expect(appPage.getByText(/No\. \d|№ \d/)).toHaveCount(0)
      await appPage.locator('.guide-entry[data-messenger="max"] .guide-line--blocker .cell-link').first().click()
      const dialog = appPage.getByRole('dialog')
      await expect(dialog).toContainText('Max')
      await expect(dialog.locator('.verdict__label')).toHaveText(WORDS[language].protection[2])
    })
  })

  test(`the bottom line for all four messengers is in the first 1366×768 viewport (${language})`, async ({ appPage }) => {
    await appPage.setViewportSize({ width: 1366, height: 768 })
    await useLanguage(appPage, language)
    const cards = appPage.locator('.in-short .in-short-card')
    await expect(cards).toHaveCount(4)
    for (const card of await cards.all()) {
      const box = (await card.boundingBox())!
      expect(box.y + box.height).toBeLessThanOrEqual(768)
      expect(box.x + box.width).toBeLessThanOrEqual(1366)
    }
    await expect(appPage.locator('.in-short-card[data-messenger="max"]')).toContainText(
      language === 'en' ? 'Provider can read' : 'Сервис может читать'
    )
  })
}
