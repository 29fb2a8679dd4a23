// `npm run icons`: renders build/icon.svg to the PNG that electron-builder turns into each platform's
// icon set (Linux sizes, Windows .ico, macOS .icns), in Debian's Chromium.
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_PATH } from '../e2e/support/paths'

const svg = readFileSync('build/icon.svg', 'utf8')
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } })
await page.setContent(
  `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', '<svg width="1024" height="1024" ')}</body></html>`
)
await page.screenshot({ path: 'build/icon.png', omitBackground: true })
await browser.close()
console.log('build/icon.png (1024×1024) rendered from build/icon.svg')
