// End-to-end tests: the "web" project opens the built web edition from file:// in Debian's Chromium
// (never a downloaded browser); the "electron" project drives the real app where a binary exists.
import { defineConfig } from '@playwright/test'
import type { Target } from './e2e/fixtures'
import { findElectronBinary, NO_ELECTRON_MESSAGE } from './scripts/electron-binary'
import { CHROMIUM_PATH } from './e2e/support/paths'

// The config loads in every worker too; say it once, from the runner.
if (!process.env.TEST_WORKER_INDEX && !findElectronBinary()) console.log(NO_ELECTRON_MESSAGE)

export default defineConfig<{ target: Target }>({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  use: { trace: 'off', screenshot: 'off' },
  projects: [
    {
      name: 'web',
      use: {
        target: 'web',
        browserName: 'chromium',
        viewport: { width: 1280, height: 720 },
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-default-apps'
          ]
        }
      }
    },
    { name: 'electron', use: { target: 'electron' } }
  ]
})
