// `npm test`: typecheck, lint, format check, dataset check, unit tests, build, security scan, end-to-end
// tests; ends with the counts.
// Every step runs even if an earlier one failed (except e2e, which needs a build), so one run shows all.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

mkdirSync('.tmp', { recursive: true })
const VITEST_REPORT = '.tmp/vitest.json'
const PLAYWRIGHT_REPORT = '.tmp/playwright.json'
for (const report of [VITEST_REPORT, PLAYWRIGHT_REPORT]) rmSync(report, { force: true })

const run = (label, command, args) => {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`)
  const { status } = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' })
  return status === 0
}
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)

const steps = []
steps.push(['typecheck', run('typecheck', 'npm', ['run', '--silent', 'typecheck'])])
steps.push(['lint', run('lint (rules and process boundaries)', 'npm', ['run', '--silent', 'lint'])])
steps.push(['format', run('format check', 'npm', ['run', '--silent', 'format:check'])])
steps.push(['data:check', run('data:check', 'npm', ['run', '--silent', 'data:check'])])
steps.push([
  'unit',
  run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_REPORT}`])
])
const built = run('build', 'npm', ['run', '--silent', 'build'])
steps.push(['build', built])
steps.push(['security:scan', built && run('security scan', 'npm', ['run', '--silent', 'security:scan'])])
steps.push(['package:check', built && run('packaging check', 'npm', ['run', '--silent', 'package:check'])])
steps.push(['e2e', built && run('end-to-end tests', 'npx', ['tsx', 'scripts/e2e.ts'])])

const unit = readJson(VITEST_REPORT)
const e2e = readJson(PLAYWRIGHT_REPORT)
const counts = {
  unit: {
    passed: unit?.numPassedTests ?? 0,
    failed: unit?.numFailedTests ?? 0,
    skipped: (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0)
  },
  e2e: {
    passed: (e2e?.stats.expected ?? 0) + (e2e?.stats.flaky ?? 0),
    failed: e2e?.stats.unexpected ?? 0,
    skipped: e2e?.stats.skipped ?? 0
  }
}
const failedSteps = steps.filter(([, ok]) => !ok).map(([name]) => name)
const total = {
  passed: counts.unit.passed + counts.e2e.passed,
  failed: counts.unit.failed + counts.e2e.failed,
  skipped: counts.unit.skipped + counts.e2e.skipped
}

console.log('\n──────── summary ────────')
for (const [name, ok] of steps) {
  const detail = counts[name] ? ` (${counts[name].passed} passed, ${counts[name].failed} failed, ${counts[name].skipped} skipped)` : ''
  console.log(`${ok ? '✔' : '✘'} ${name}${detail}`)
}
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`)
console.log(
  `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped${failedSteps.length ? ` — FAILED (${failedSteps.join(', ')})` : ''}`
)
process.exitCode = failedSteps.length > 0 || total.failed > 0 ? 1 : 0
