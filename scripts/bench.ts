// `npm run bench` (a script, not a test): builds the web edition from data/ and from a generated
// 50 × 200 dataset into .tmp/bench/, measures them in this machine's Chromium, prints every figure
// beside its same-run baseline and budget, writes .tmp/bench.json, and exits 1 when a budget breaks.
// Options: --runs N (samples per figure, default 7), --no-build (reuse the last builds).
import { spawnSync } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { PAINT_MARK } from '../renderer/components/matrix/paint-mark'
import { launchBenchBrowser } from './bench/browser'
import { BUDGETS, checkBudgets, formatComposition, formatTable, type Measurements } from './bench/budgets'
import { buildEditions, REAL, SYNTHETIC, type Edition } from './bench/editions'
import { BLANK_MARK, writeFixtures } from './bench/fixtures'
import { openApp, openStatic, timeIdleClick, timeInteractions } from './bench/interactions'
import { interleavedPaints } from './bench/paint'
import { htmlComposition, rendererJsGzipKb } from './bench/sizes'
import { timing } from './bench/stats'
import { loadValidDataset } from './dataset-module'

const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, 'no-build': { type: 'boolean', default: false } }
})
const runs = Number(options.runs)
if (!Number.isInteger(runs) || runs < 1) throw new Error(`bench: --runs must be a whole number from 1, not ${options.runs}`)
const log = (line: string) => console.log(`bench: ${line}`)

const loadAtStart = loadavg()[0]!
log(`${runs} runs per figure; ${cpus().length} cores, load average ${loadAtStart.toFixed(1)}`)
if (!options['no-build']) buildEditions()
const [real, synthetic] = [REAL, SYNTHETIC]
const fixtures = writeFixtures(real.dir)
const indexUrl = (edition: Edition) => pathToFileURL(join(edition.dir, 'index.html')).href

const browser = await launchBenchBrowser()
try {
  log('first paint: comparison, blank page, static page, in turn')
  const paints = await interleavedPaints(
    browser,
    {
      comparison: { url: indexUrl(real), mark: PAINT_MARK },
      blank: { url: fixtures.blankUrl, mark: BLANK_MARK },
      static: { url: fixtures.staticUrl, mark: PAINT_MARK }
    },
    runs
  )
  log('interactions: idle click (baseline), real data')
  const staticPage = await openStatic(browser, fixtures.staticUrl)
  const idleClick = await timeIdleClick(staticPage, runs)
  await staticPage.context().close()
  const realPage = await openApp(browser, indexUrl(real))
  const interactions = await timeInteractions(realPage, runs)
  await realPage.context().close()
  log(`interactions: ${synthetic.label}`)
  const syntheticPage = await openApp(browser, indexUrl(synthetic))
  const syntheticInteractions = await timeInteractions(syntheticPage, runs)
  await syntheticPage.context().close()

  const measurements: Measurements = {
    jsGzipKb: rendererJsGzipKb(real.dir),
    html: htmlComposition(real.dir, JSON.stringify(loadValidDataset(real.dataDir))),
    paint: { comparison: timing(paints.comparison!), blank: timing(paints.blank!), static: timing(paints.static!) },
    idleClick,
    interactions,
    syntheticLabel: synthetic.label,
    syntheticInteractions
  }
  const checks = checkBudgets(measurements)
  console.log(`\n${formatTable(checks)}\n\n${formatComposition(measurements.html)}\n`)
  mkdirSync('.tmp', { recursive: true })
  const commit = spawnSync('git', ['describe', '--always', '--dirty'], { encoding: 'utf8' }).stdout.trim()
  const report = {
    date: new Date().toISOString(),
    commit,
    runs,
    cores: cpus().length,
    loadAverage: { start: loadAtStart, end: loadavg()[0]! },
    budgets: BUDGETS,
    measurements,
    checks
  }
  writeFileSync(join('.tmp', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`)
  const broken = checks.filter((c) => !c.met)
  log(
    `load average ${loadavg()[0]!.toFixed(1)}; wrote .tmp/bench.json; ${broken.length ? `${broken.length} budget(s) broken` : 'every budget met'}`
  )
  if (broken.length) process.exitCode = 1
} finally {
  await browser.close()
}
