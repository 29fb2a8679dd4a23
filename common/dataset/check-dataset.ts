// The one check every way into the app goes through: data/ at build time and in `npm run data:check`
// (read by read-directory), and a data pack's dataset in the desktop app. Both run assembleDataset on
// the same files, so a pack can never pass a check the build would fail (references, ids, scales, dates…).
import { assembleDataset, type AssembleResult } from './assemble'
import { DATA_FILE_NAMES, type DataFiles } from './data-files'
import { errorAt, isError, type DataProblem } from './problems'
import type { IsoDate } from './schema'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * data/'s files as read from disk. A class, so no pack's JSON can pass for it: a directory's problems
 * name its files and keep their warnings for the maintainer; a pack's are errors only.
 */
export class DataDirectoryFiles {
  constructor(
    readonly files: DataFiles,
    /** Missing or unparsable files, found while reading. */
    readonly readProblems: readonly DataProblem[]
  ) {}
}

/** The files an assembled dataset came from; anything malformed is passed on for the schema to refuse. */
export function datasetToFiles(dataset: unknown): DataFiles {
  const d = isRecord(dataset) ? dataset : {}
  const messengers = Array.isArray(d.messengers) ? d.messengers : []
  const messengerId = (m: unknown) => (isRecord(m) && typeof m.id === 'string' ? m.id : null)
  return {
    // A pack's messengers are already in the order its editors chose.
    meta: { version: d.version, date: d.date, messengerOrder: messengers.map(messengerId).filter((id) => id !== null) },
    criteria: { areas: d.areas, criteria: d.criteria, headline: d.headline },
    timeline: { events: d.timeline },
    methodology: { sections: d.methodology },
    checklists: { review: d.checklistReview, checklists: d.checklists },
    publishers: { publishers: d.publishers },
    concerns: { concerns: d.concerns, presets: d.presets },
    messengers: Object.fromEntries(
      messengers.map((m, index) => [`${DATA_FILE_NAMES.messengersDir}/${messengerId(m) ?? `#${index}`}.json`, m])
    )
  }
}

function checkDirectory({ files, readProblems }: DataDirectoryFiles, today: IsoDate): AssembleResult {
  const result = assembleDataset(files, today)
  // A file that could not be read is reported once, not again by every schema rule it then fails.
  const unreadable = new Set(readProblems.map((p) => p.file))
  const problems = [...readProblems, ...result.problems.filter((p) => !unreadable.has(p.file))]
  return { dataset: readProblems.length > 0 ? null : result.dataset, problems }
}

function checkPack(dataset: unknown, today: IsoDate): AssembleResult {
  const files = datasetToFiles(dataset)
  const result = assembleDataset(files, today)
  const problems = result.problems.filter(isError)
  // Two messengers with one id would land on one file name: say so rather than lose one silently.
  const count = isRecord(dataset) && Array.isArray(dataset.messengers) ? dataset.messengers.length : 0
  if (Object.keys(files.messengers).length !== count)
    problems.push(errorAt({ file: DATA_FILE_NAMES.messengersDir }, 'duplicate messenger id'))
  return { dataset: problems.length === 0 ? result.dataset : null, problems }
}

/**
 * The dataset as the build would assemble it, or the problems that stop it. `dataset` is data/'s
 * DataDirectoryFiles, or anything else a pack holds (then its warnings are dropped).
 */
export function checkDataset(dataset: unknown, today: IsoDate): AssembleResult {
  return dataset instanceof DataDirectoryFiles ? checkDirectory(dataset, today) : checkPack(dataset, today)
}
