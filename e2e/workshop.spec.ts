import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pdfPages } from './support/pdf'
import { expect, openSection, test } from './fixtures'

test.describe('workshops', () => {
  test('presentation mode opens on the bottom line, then steps through every criterion and reveals summaries on S', async ({ appPage }) => {
    await appPage.getByRole('button', { name: 'Present' }).click()
    const slide = appPage.getByRole('region', { name: 'Presentation' })
    await expect(slide.getByRole('heading', { level: 2 })).toHaveText('In short: what each messenger means for you')
    await expect(slide.getByText('Slide 1 of 20')).toBeVisible()
    await expect(slide.locator('.in-short-card')).toHaveCount(4)
    await expect(slide.locator('.in-short-card[data-messenger="max"]')).toContainText('Provider can read')
    await appPage.keyboard.press('ArrowRight')
    await expect(slide.getByRole('heading', { level: 2 })).toHaveText('One-to-one chats')
    await expect(slide.locator('.presentation__card')).toHaveCount(4)
    await expect(slide.locator('.presentation__summary')).toHaveCount(0)
    await appPage.keyboard.press('s')
    await expect(slide.locator('.presentation__summary')).toHaveCount(4)
    await appPage.keyboard.press('ArrowRight')
    await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Group chats')
    await expect(slide.locator('.presentation__summary')).toHaveCount(0)
    await appPage.keyboard.press('End')
    await expect(slide.getByText('Slide 20 of 20')).toBeVisible()
    await appPage.keyboard.press('ArrowRight')
    await expect(slide.getByText('Slide 20 of 20')).toBeVisible()
    await appPage.keyboard.press('ArrowLeft')
    await expect(slide.getByText('Slide 19 of 20')).toBeVisible()
    await appPage.keyboard.press('Escape')
    await expect(slide).toBeHidden()
  })
})

test('the desktop app saves the handout as a PDF through its save dialog', async ({ appPage, electronApp, target }) => {
  test.skip(target !== 'electron', 'Save as PDF is the desktop path; the web edition prints (tested above)')
  const file = join(mkdtempSync(join(tmpdir(), 'mp-pdf-')), 'handout.pdf')
  // The native dialog cannot be clicked by a test: answer it in the main process instead.
  await electronApp!.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = async () => ({ canceled: false, filePath: path })
  }, file)
  await openSection(appPage, 'Handout')
  await appPage.getByRole('button', { name: 'Save as PDF…' }).click()
  await expect(appPage.getByText('Saved.')).toBeVisible()
  const [text] = await pdfPages(readFileSync(file))
  expect(text).toContain('Messenger Privacy')
  expect(text).toMatch(/Dataset \d+\.\d+\.\d+ of/)
})
