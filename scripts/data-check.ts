// `npm run data:check`: validates data/, reports possibly outdated items and figures on the evidence. Exits 1 on any error.
import { fileURLToPath } from 'node:url'
import { evidenceReport, formatEvidenceReport } from '../common/dataset/evidence-report'
import { formatProblem } from '../common/dataset/problems'
import { loadDataDirectory, todayIso } from '../common/dataset/read-directory'

const dir = process.argv[2] ?? fileURLToPath(new URL('../data/', import.meta.url))
const { dataset, problems } = loadDataDirectory(dir, todayIso())
const errors = problems.filter((p) => p.severity === 'error')
const warnings = problems.filter((p) => p.severity === 'warning')

for (const problem of [...errors, ...warnings]) console.log(formatProblem(problem))
if (warnings.length > 0) console.log(`${warnings.length} warning(s): possibly outdated items and unused publishers, listed above.`)
if (dataset) {
  console.log(formatEvidenceReport(evidenceReport(dataset, todayIso())))
  const cells = dataset.messengers.reduce((n, m) => n + Object.keys(m.cells).length, 0)
  console.log(
    `data:check OK: dataset ${dataset.version} (${dataset.date}), ${dataset.messengers.length} messengers × ${dataset.criteria.length} criteria = ${cells} cells, ${dataset.timeline.length} timeline events.`
  )
} else {
  console.log(`data:check FAILED: ${errors.length} error(s) in ${dir}`)
  process.exitCode = 1
}
