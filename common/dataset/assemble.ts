// The pipeline behind checkDataset: parse each file, run every check, and assemble the Dataset only
// if none failed. Pure: it takes already-parsed file contents and today's date.
import { dateChecks } from './date-checks'
import type { DataFiles } from './data-files'
import { orderMessengers } from './messenger-order'
import { parseDataFiles, type DatasetCandidate } from './parse-files'
import { isError, type DataProblem } from './problems'
import { referenceChecks } from './reference-checks'
import { registryChecks } from './registry-checks'
import { reviewChecks } from './review-checks'
import { scaleChecks } from './scale-checks'
import type { Dataset, IsoDate } from './schema'
import { sourceChecks } from './source-checks'
import { textChecks } from './text-checks'

export { DATA_FILE_NAMES, type DataFiles } from './data-files'
export { looksEnglish, looksRussian } from './text-checks'

export interface AssembleResult {
  /** Present only when there are no errors (warnings allowed). */
  dataset: Dataset | null
  problems: DataProblem[]
}

/** Every rule a parsed dataset must meet; review and registry last, so their warnings close the report. */
const CHECKS: readonly ((candidate: DatasetCandidate, today: IsoDate) => DataProblem[])[] = [
  dateChecks,
  referenceChecks,
  scaleChecks,
  textChecks,
  sourceChecks,
  reviewChecks,
  registryChecks
]

function buildDataset(candidate: DatasetCandidate): Dataset | null {
  const { meta, criteria, timeline, methodology, checklists, concerns, publishers, messengers } = candidate
  if (!meta || !criteria || !timeline || !methodology || !checklists || !concerns || !publishers) return null
  return {
    version: meta.version,
    date: meta.date,
    areas: criteria.areas,
    criteria: criteria.criteria,
    headline: criteria.headline,
    messengers: orderMessengers(
      messengers.map((m) => m.messenger),
      meta.messengerOrder
    ),
    ...(meta.defaultMessengers && { defaultMessengers: meta.defaultMessengers }),
    timeline: [...timeline.events].sort((a, b) => a.date.localeCompare(b.date)),
    methodology: methodology.sections,
    checklists: checklists.checklists,
    checklistReview: checklists.review,
    concerns: concerns.concerns,
    presets: concerns.presets,
    publishers
  }
}

export function assembleDataset(files: DataFiles, today: IsoDate): AssembleResult {
  const { candidate, problems } = parseDataFiles(files)
  problems.push(...CHECKS.flatMap((check) => check(candidate, today)))
  return { dataset: problems.some(isError) ? null : buildDataset(candidate), problems }
}
