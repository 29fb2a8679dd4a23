// The Chromium every bench measurement runs in: this machine's own (never a download), without GPU or
// background work that would add noise to the timings.
import { chromium, type Browser } from '@playwright/test'
import { CHROMIUM_PATH } from '../../e2e/support/paths'

export const launchBenchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-background-timer-throttling']
  })
