// `npm run test:e2e`: makes sure a Chromium exists (installing one on a fresh machine), then runs
// Playwright with it. Without a browser it stops at once with one line saying what to run.
import { spawnSync } from 'node:child_process'
import { ensureChromium, systemBrowserDeps } from './chromium'

const chromiumPath = ensureChromium(await systemBrowserDeps())
if (!chromiumPath) process.exit(1)
const { status } = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromiumPath }
})
process.exit(status ?? 1)
