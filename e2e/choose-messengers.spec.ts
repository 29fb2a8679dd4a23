// The reader chooses which messengers to compare: the four the app began with to start, others added
// from the list, at most six at once; the choice is in the address and survives a reload.
import { expect, test } from './fixtures'

const columns = (page: import('@playwright/test').Page) => page.locator('table.matrix thead th[data-messenger] .matrix__messenger-name')
const choice = (page: import('@playwright/test').Page, name: string) =>
  page.locator('.matrix-toolbar__messengers').getByRole('checkbox', { name, exact: true })

test('starts from the four, adds Threema, keeps it in the address and after a reload', async ({ appPage, target }) => {
  await expect(columns(appPage)).toHaveText(['WhatsApp', 'Telegram', 'Max', 'Signal'])
  await choice(appPage, 'Threema').check()
  await expect(columns(appPage)).toHaveText(['WhatsApp', 'Telegram', 'Max', 'Threema', 'Signal'])
  await expect(appPage.locator('.in-short-card[data-messenger="threema"]')).toBeVisible()
  if (target === 'web') await expect.poll(() => appPage.url()).toContain('add=threema')
  await appPage.reload()
  await expect(columns(appPage)).toHaveText(['WhatsApp', 'Telegram', 'Max', 'Threema', 'Signal'])
})

test('compares at most six: the other boxes wait, with the reason, until one is unticked', async ({ appPage }) => {
  for (const name of ['Viber', 'Threema']) await choice(appPage, name).check()
  await expect(columns(appPage)).toHaveCount(6)
  await expect(choice(appPage, 'SimpleX Chat')).toBeDisabled()
  await expect(appPage.getByText('No more than 6 are compared at a time')).toBeVisible()
  await choice(appPage, 'Max').uncheck()
  await expect(choice(appPage, 'SimpleX Chat')).toBeEnabled()
  await choice(appPage, 'SimpleX Chat').check()
  await expect(columns(appPage)).toHaveText(['WhatsApp', 'Telegram', 'Viber', 'Threema', 'SimpleX Chat', 'Signal'])
})
