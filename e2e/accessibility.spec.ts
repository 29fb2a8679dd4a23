import AxeBuilder from '@axe-core/playwright'
import { expect, openSection, test } from './fixtures'

const SECTIONS = [
  'Comparison',
  'Overview',
  'What worries me',
  'If you must use it',
  'Side by side',
  'Timeline',
  'Handout',
  'Methodology and about'
]

for (const theme of ['light', 'dark'] as const) {
  test(`every screen has no axe violations (WCAG 2.2 AA) in the ${theme} theme`, async ({ appPage }) => {
    // axe over twelve views takes about a minute on a busy 2-core machine.
    test.setTimeout(180_000)
    await appPage.getByRole('combobox', { name: 'Theme' }).selectOption(theme)
    const scan = async (where: string) => {
      const { violations } = await new AxeBuilder({ page: appPage })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(
        violations.map((v) => `${where}: ${v.id} (${v.nodes.length}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      ).toEqual([])
    }
    for (const section of SECTIONS) {
      await openSection(appPage, section)
      if (section === 'What worries me') await appPage.getByRole('button', { name: 'Activist, journalist or lawyer' }).click()
      await scan(section)
    }
    await openSection(appPage, 'Comparison')
    await appPage.getByRole('button', { name: /^Telegram — One-to-one chats:/ }).click()
    await scan('cell details')
    await appPage.keyboard.press('Escape')
    await appPage.getByRole('button', { name: 'Present' }).click()
    await scan('presentation: title slide')
    await appPage.keyboard.press('ArrowRight')
    await appPage.keyboard.press('ArrowRight')
    await appPage.keyboard.press('s')
    await appPage.keyboard.press('i')
    await scan('presentation: a criterion with summaries and sources')
    await appPage.keyboard.press('End')
    await scan('presentation: first steps')
  })
}
