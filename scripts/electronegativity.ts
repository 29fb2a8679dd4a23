// `npm run security:scan`: Doyensec Electronegativity over the built app, gated on its findings
// (its CLI exits 0 even when it finds problems). A finding passes only if security/
// electronegativity-justified.json explains it; a canary file proves the scanner really runs.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { relative, resolve } from 'node:path'

interface Issue {
  id: string
  file: string
  location: { line: number; column: number }
  severity: { name: string }
  description: string
}
interface Justification {
  check: string
  file: string
  reason: string
}
type Run = (
  options: Record<string, unknown>
) => Promise<{ issues: Issue[]; errors: { file: string; message: string; tolerable: boolean }[] }>

const require = createRequire(import.meta.url)
const runner = require('@doyensec/electronegativity/dist/runner.js') as Run | { default: Run }
const run: Run = typeof runner === 'function' ? runner : runner.default
const electronVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> }).devDependencies
  .electron

async function scan(input: string) {
  // AvailableSecurityFixesGlobalCheck downloads Electron's release list: the app and its checks stay offline.
  return run({
    input: resolve(input),
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    electronVersionOverride: electronVersion,
    isRelative: false
  })
}

const canary = await scan('test/fixtures/insecure-electron')
if (canary.issues.length === 0) {
  console.log('security:scan FAILED: Electronegativity found nothing in the insecure canary, so it is not working')
  process.exit(1)
}

const justified = JSON.parse(readFileSync('security/electronegativity-justified.json', 'utf8')) as Justification[]
const isJustified = (issue: Issue) =>
  justified.some((j) => j.check === issue.id && relative(process.cwd(), issue.file).replaceAll('\\', '/') === j.file)

let unjustified = 0
for (const target of ['out']) {
  const { issues, errors } = await scan(target)
  for (const error of errors.filter((e) => !e.tolerable)) {
    console.log(`ERROR could not parse ${relative(process.cwd(), error.file)}: ${error.message}`)
    unjustified += 1
  }
  for (const issue of issues) {
    const where = `${relative(process.cwd(), issue.file)}:${issue.location.line}`
    if (isJustified(issue)) console.log(`justified ${issue.id} at ${where}`)
    else {
      unjustified += 1
      console.log(`FINDING ${issue.id} (${issue.severity.name}) at ${where}: ${issue.description}`)
    }
  }
}
console.log(
  `security:scan ${unjustified === 0 ? 'OK' : 'FAILED'}: ${unjustified} unjustified finding(s); the canary produced ${canary.issues.length}, so the scanner works`
)
process.exitCode = unjustified === 0 ? 0 : 1
