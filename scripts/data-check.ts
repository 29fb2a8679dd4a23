// `npm run data:check`: validates data/ and reports stale cells. Exits 1 on any error.
import { fileURLToPath } from 'node:url'
import { formatProblem } from '../data/problems'
import { loadDataDirectory, todayIso } from '../data/read-directory'

const dir = process.argv[2] ?? fileURLToPath(new URL('../data/', import.meta.url))
const { dataset, problems } = loadDataDirectory(dir, todayIso())
const errors = problems.filter((p) => p.severity === 'error')
const warnings = problems.filter((p) => p.severity === 'warning')

for (const problem of [...errors, ...warnings]) console.log(formatProblem(problem))
if (warnings.length > 0) console.log(`${warnings.length} cell(s) not confirmed in the last 6 months (listed above as WARNING).`)
if (dataset) {
  const cells = dataset.messengers.reduce((n, m) => n + Object.keys(m.cells).length, 0)
  console.log(
    `data:check OK: dataset ${dataset.version} (${dataset.date}), ${dataset.messengers.length} messengers × ${dataset.criteria.length} criteria = ${cells} cells, ${dataset.timeline.length} timeline events.`
  )
} else {
  console.log(`data:check FAILED: ${errors.length} error(s) in ${dir}`)
  process.exitCode = 1
}
