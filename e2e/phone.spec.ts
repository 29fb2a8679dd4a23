// On a phone: every screen fits the width, the details dialog fits the screen and closes on a tap
// outside it, controls are big enough for a fingertip, and nothing is only in a tooltip.
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from '@playwright/test'
import { expect, openSection, shownScreenHeading, test, waitForApp } from './fixtures'
import { WEB_EDITION_URL } from './support/paths'

const SECTIONS = {
  en: ['Comparison', 'Overview', 'What worries me', 'If you must use it', 'Side by side', 'Timeline', 'Handout', 'Methodology and about'],
  ru: [
    'Сравнение',
    'Обзор',
    'Что меня беспокоит',
    'Если без него никак',
    'Два рядом',
    'Хронология',
    'Раздаточный материал',
    'Методика и о проекте'
  ]
} as const
type Language = keyof typeof SECTIONS

interface Screen {
  name: string
  width: number
  height: number
  /** A phone (touch, mobile viewport) or a desktop window zoomed in (a narrow CSS viewport). */
  phone: boolean
}

const SIZES: Screen[] = [
  { name: 'a small phone (320×640)', width: 320, height: 640, phone: true },
  { name: 'a common Android phone (360×740)', width: 360, height: 740, phone: true },
  { name: 'an iPhone (390×844)', width: 390, height: 844, phone: true },
  // 1280×720 at 400 % zoom lays out as 320×180 CSS px (WCAG 1.4.10 reflow).
  { name: 'a 1280×720 window at 400 % zoom', width: 320, height: 180, phone: false }
]
const ANDROID = SIZES[1]!
const IPHONE = SIZES[2]!

async function openApp(webBrowser: Browser, screen: Screen, language: Language = 'en'): Promise<Page> {
  const context = await webBrowser.newContext({
    viewport: { width: screen.width, height: screen.height },
    hasTouch: screen.phone,
    isMobile: screen.phone,
    locale: language === 'ru' ? 'ru-RU' : 'en-GB'
  })
  const page = await context.newPage()
  await page.goto(WEB_EDITION_URL)
  await waitForApp(page)
  if (language === 'ru') await page.getByRole('button', { name: 'Русский' }).click()
  return page
}

interface Size {
  label: string
  width: number
  height: number
}

/** Width and height of every visible match, labelled with what it is. */
async function sizesOf(page: Page, selector: string): Promise<Size[]> {
  return page.locator(selector).evaluateAll((nodes) =>
    nodes.flatMap((node) => {
      const box = node.getBoundingClientRect()
      if (box.width === 0 && box.height === 0) return []
      const label = `${node.tagName.toLowerCase()}.${node.className} “${(node.textContent ?? '').trim().slice(0, 30)}”`
      return [{ label, width: Math.round(box.width), height: Math.round(box.height) }]
    })
  )
}
const smallerThan = (min: number, sizes: Size[]) =>
  sizes.filter((s) => s.width < min || s.height < min).map((s) => `${s.label}: ${s.width}×${s.height}`)

test.describe('on a phone', () => {
  test.skip(({ target }) => target !== 'web', 'phone viewports are emulated in the web edition')

  for (const screen of SIZES) {
    for (const language of ['en', 'ru'] as const) {
      test(`on ${screen.name} in ${language === 'en' ? 'English' : 'Russian'}, no screen scrolls sideways`, async ({ webBrowser }) => {
        const page = await openApp(webBrowser!, screen, language)
        for (const section of SECTIONS[language]) {
          await openSection(page, section)
          if (section === SECTIONS[language][2]) await page.locator('.worries__preset .chip').first().click()
          const { scrollWidth, innerWidth } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: window.innerWidth
          }))
          // A mobile viewport widens to fit overflowing content, so the width it was opened at is checked too.
          expect.soft({ section, scrollWidth }).toEqual({ section, scrollWidth: Math.min(scrollWidth, innerWidth, screen.width) })
        }
        // The presentation covers the screen: its slides must fit the width too.
        await openSection(page, SECTIONS[language][0])
        await page.getByRole('button', { name: language === 'en' ? 'Present' : 'Показ', exact: true }).click()
        for (let slide = 1; slide <= 3; slide++) {
          const overflow = await page.locator('.presentation').evaluate((element) => element.scrollWidth - element.clientWidth)
          expect.soft({ slide, overflow }).toEqual({ slide, overflow: 0 })
          await page.keyboard.press('ArrowRight')
        }
        await page.context().close()
      })
    }
  }

  test('below 640 px the comparison is one card per criterion, each row named after its messenger, and still a table', async ({
    webBrowser
  }) => {
    const page = await openApp(webBrowser!, ANDROID)
    const card = page.locator('tr[data-criterion]').first()
    await expect(card.locator('.matrix__criterion-title')).toBeVisible()
    await expect(card.locator('.matrix__criterion-question')).toBeVisible()
    const labels = await card.locator('td').evaluateAll((cells) => cells.map((td) => getComputedStyle(td, '::before').content))
    expect(labels.map((label) => label.match(/^"([^"]*)"/)?.[1])).toEqual(['WhatsApp', 'Telegram', 'Max', 'Signal'])
    const box = (await card.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(ANDROID.width)
    await expect(page.getByRole('table', { name: 'Comparison by area and criterion' })).toBeAttached()
    await expect(page.getByRole('columnheader', { name: /WhatsApp/ })).toBeAttached()
    await expect(page.getByRole('rowheader').first()).toBeAttached()
    // A touch screen has no arrow keys, so the keyboard hint is not shown.
    await expect(page.locator('.matrix-hint')).toBeHidden()
    await page.context().close()
  })

  test('a cell’s details fit a 360 px screen, scroll inside to the last source, and close on a tap outside', async ({ webBrowser }) => {
    const page = await openApp(webBrowser!, ANDROID)
    await page.getByRole('button', { name: /^WhatsApp — One-to-one chats:/ }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    const box = (await dialog.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(ANDROID.width)
    expect(box.y + box.height).toBeLessThanOrEqual(ANDROID.height)
    // The last source's link is reached by scrolling the dialog itself.
    expect(await dialog.evaluate((node) => node.scrollHeight > node.clientHeight)).toBe(true)
    await dialog.evaluate((node) => node.scrollTo({ top: node.scrollHeight }))
    const link = (await dialog.getByRole('button', { name: 'Open in browser' }).last().boundingBox())!
    expect(link.y).toBeGreaterThanOrEqual(box.y)
    expect(link.y + link.height).toBeLessThanOrEqual(box.y + box.height)
    expect(link.height).toBeGreaterThanOrEqual(44)
    // A tap on the dialog's content keeps it open; a tap on the dimmed backdrop closes it.
    await page.touchscreen.tap(box.x + 40, box.y + box.height / 2)
    await expect(dialog).toBeVisible()
    await page.touchscreen.tap(ANDROID.width / 2, Math.max(1, box.y / 2))
    await expect(dialog).toBeHidden()
    await page.context().close()
  })

  test('the “open this link?” question fits the screen, and a tap outside cancels only it', async ({ webBrowser }) => {
    const page = await openApp(webBrowser!, ANDROID)
    await page.getByRole('button', { name: /^Telegram — One-to-one chats:/ }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Open in browser' }).first().click()
    const question = page.getByRole('dialog', { name: 'Open this source in your browser?' })
    await expect(question).toBeVisible()
    const box = (await question.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(ANDROID.width)
    await page.touchscreen.tap(ANDROID.width / 2, Math.max(1, box.y / 2))
    await expect(question).toBeHidden()
    await expect(page.locator('dialog.details')).toBeVisible()
    await page.context().close()
  })

  test('at 390 px, primary controls are 44×44 or larger and nothing clickable is under 24×24', async ({ webBrowser }) => {
    const page = await openApp(webBrowser!, IPHONE)
    const primary = [
      '.screen-nav__item',
      '.language-switch__option',
      '.app-header select',
      '.export .button',
      '.matrix-toolbar__check',
      '.matrix-toolbar select',
      '.screen__heading .button'
    ].join(', ')
    expect(smallerThan(44, await sizesOf(page, primary))).toEqual([])
    const clickable =
      'main button, main a[href], main select, main input:not([type="checkbox"]), main summary, main label:has(> input[type="checkbox"])'
    const tooSmall: string[] = []
    for (const section of SECTIONS.en) {
      await openSection(page, section)
      if (section === 'What worries me') await page.locator('.worries__preset .chip').first().click()
      expect(smallerThan(44, await sizesOf(page, 'main .chip, main .button, .concern, .handout__check, .checklist__label'))).toEqual([])
      tooSmall.push(...smallerThan(24, await sizesOf(page, clickable)).map((s) => `${section}: ${s}`))
    }
    await openSection(page, 'Comparison')
    await page.getByRole('button', { name: /^Max — One-to-one chats:/ }).click()
    expect(smallerThan(44, await sizesOf(page, 'dialog .button, dialog .source__open'))).toEqual([])
    expect(tooSmall).toEqual([])
    await page.context().close()
  })

  test('each situation’s description is written under it, and choosing one brings its result into view', async ({ webBrowser }) => {
    const page = await openApp(webBrowser!, IPHONE)
    await openSection(page, 'What worries me')
    const presets = await page.locator('.worries__preset').all()
    expect(presets.length).toBeGreaterThan(1)
    for (const preset of presets) {
      await expect(preset.locator('.worries__preset-text')).toBeVisible()
      await expect(preset.getByRole('button')).toHaveAccessibleDescription(/\w{3,}/)
      await expect(preset.getByRole('button')).not.toHaveAttribute('title')
    }
    await page.getByRole('button', { name: 'Activist, journalist or lawyer' }).click()
    const heading = page.getByRole('heading', { name: 'What fits your choices' })
    await expect(heading).toBeFocused()
    await expect(heading).toBeInViewport()
    await page.context().close()
  })

  test('on a small phone, choosing a section brings its heading into view', async ({ webBrowser }) => {
    const small = SIZES[0]!
    const page = await openApp(webBrowser!, small, 'ru')
    for (const section of [...SECTIONS.ru.slice(1), SECTIONS.ru[0]]) {
      await openSection(page, section)
      await expect(shownScreenHeading(page)).toHaveText(/\S/)
      // The heading is scrolled to after the new screen has rendered: wait for it, do not race it.
      await expect
        .poll(
          async () => {
            const box = (await shownScreenHeading(page).boundingBox())!
            return box.y >= -2 && box.y + box.height <= small.height + 2
          },
          { message: section, timeout: 3000 }
        )
        .toBe(true)
    }
    await page.context().close()
  })

  test('at 390 px every screen and the details have no axe violations (WCAG 2.2 AA)', async ({ webBrowser }) => {
    // axe over eight screens takes 15–30 s on a 2-core machine.
    test.setTimeout(120_000)
    const page = await openApp(webBrowser!, IPHONE)
    const violations: string[] = []
    const scan = async (where: string) => {
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      violations.push(...result.violations.map((v) => `${where}: ${v.id} ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`))
    }
    for (const section of SECTIONS.en) {
      await openSection(page, section)
      if (section === 'What worries me') await page.getByRole('button', { name: 'Activist, journalist or lawyer' }).click()
      await scan(section)
    }
    await openSection(page, 'Comparison')
    await page.getByRole('button', { name: /^Telegram — One-to-one chats:/ }).click()
    await scan('cell details')
    expect(violations).toEqual([])
    await page.context().close()
  })
})
