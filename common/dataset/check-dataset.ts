// Checks an already assembled dataset (a data pack's) with exactly the rules the build applies to
// data/: it is split back into the files it came from and assembled again. So a pack can never pass
// a check the build would fail (dangling references, duplicate ids, scales, bottom lines, dates…).
import { assembleDataset, DATA_FILE_NAMES, type AssembleResult, type DataFiles } from './assemble'
import type { Dataset, IsoDate } from './schema'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The files an assembled dataset came from; anything malformed is passed on for the schema to refuse. */
export function datasetToFiles(dataset: unknown): DataFiles {
  const d = isRecord(dataset) ? dataset : {}
  const messengers = Array.isArray(d.messengers) ? d.messengers : []
  return {
    meta: { version: d.version, date: d.date },
    criteria: { areas: d.areas, criteria: d.criteria, headline: d.headline },
    timeline: { events: d.timeline },
    methodology: { sections: d.methodology },
    checklists: { review: d.checklistReview, checklists: d.checklists },
    publishers: { publishers: d.publishers },
    concerns: { concerns: d.concerns, presets: d.presets },
    messengers: Object.fromEntries(
      messengers.map((m, index) => [`${DATA_FILE_NAMES.messengersDir}/${isRecord(m) && typeof m.id === 'string' ? m.id : `#${index}`}.json`, m])
    )
  }
}

/** The dataset as the build would assemble it, or the errors that stop it (warnings are dropped). */
export function checkDataset(dataset: unknown, today: IsoDate): AssembleResult {
  const files = datasetToFiles(dataset)
  // Two messengers with one id would land on one file name: say so rather than lose one silently.
  const count = isRecord(dataset) && Array.isArray(dataset.messengers) ? dataset.messengers.length : 0
  const result = assembleDataset(files, today)
  const problems = result.problems.filter((p) => p.severity === 'error')
  if (Object.keys(files.messengers).length !== count)
    problems.push({ severity: 'error', file: DATA_FILE_NAMES.messengersDir, message: 'duplicate messenger id' })
  return { dataset: problems.length === 0 ? (result.dataset as Dataset) : null, problems }
}
