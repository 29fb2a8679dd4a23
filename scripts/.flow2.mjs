import { chromium } from '@playwright/test'
const [,, url, out, lang, scheme] = process.argv
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] })
const p = await b.newPage({ viewport: { width: 1366, height: 768 }, locale: lang === 'ru' ? 'ru-RU' : 'en-GB', colorScheme: scheme })
await p.goto(url); await p.waitForSelector('main h2')
const nav = (i) => p.locator('nav button').nth(i).click()
await nav(1); await p.screenshot({ path: `${out}-overview.png`, fullPage: true })
await nav(4); await p.locator('select').nth(1).selectOption('max'); await p.locator('.compare__pickers select').nth(1).selectOption('signal'); await p.screenshot({ path: `${out}-compare.png`, fullPage: true })
await nav(6); await p.emulateMedia({ media: 'print' }); await p.pdf({ path: `${out}-handout.pdf`, format: 'A4', printBackground: true, preferCSSPageSize: true }); await p.emulateMedia({ media: 'screen' })
await nav(0); await p.getByRole('button', { name: lang === 'ru' ? 'Показ' : 'Present' }).click(); await p.waitForTimeout(200); await p.screenshot({ path: `${out}-present.png` })
await b.close()
