// Reads the dataset's JSON files from a directory (build time and tests; never in the renderer).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AssembleResult } from './assemble'
import { checkDataset, DataDirectoryFiles } from './check-dataset'
import { DATA_FILE_NAMES, type DataFiles } from './data-files'
import type { DataProblem } from './problems'

function readJson(dir: string, file: string, problems: DataProblem[]): unknown {
  let text: string
  try {
    text = readFileSync(join(dir, file), 'utf8')
  } catch {
    problems.push({ severity: 'error', file, message: 'file is missing or unreadable' })
    return undefined
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    problems.push({ severity: 'error', file, message: `not valid JSON: ${(error as Error).message}` })
    return undefined
  }
}

export function readDataFiles(dir: string): { files: DataFiles; problems: DataProblem[] } {
  const problems: DataProblem[] = []
  const messengerFiles = (() => {
    try {
      return readdirSync(join(dir, DATA_FILE_NAMES.messengersDir))
        .filter((f) => f.endsWith('.json'))
        .sort()
    } catch {
      return []
    }
  })()
  const messengers: Record<string, unknown> = {}
  for (const name of messengerFiles) {
    const file = `${DATA_FILE_NAMES.messengersDir}/${name}`
    const content = readJson(dir, file, problems)
    if (content !== undefined) messengers[file] = content
  }
  return {
    files: {
      meta: readJson(dir, DATA_FILE_NAMES.meta, problems),
      criteria: readJson(dir, DATA_FILE_NAMES.criteria, problems),
      timeline: readJson(dir, DATA_FILE_NAMES.timeline, problems),
      methodology: readJson(dir, DATA_FILE_NAMES.methodology, problems),
      checklists: readJson(dir, DATA_FILE_NAMES.checklists, problems),
      concerns: readJson(dir, DATA_FILE_NAMES.concerns, problems),
      publishers: readJson(dir, DATA_FILE_NAMES.publishers, problems),
      messengers
    },
    problems
  }
}

/** Reads and checks a dataset directory; JSON and schema problems are reported together. */
export function loadDataDirectory(dir: string, today: string): AssembleResult {
  const { files, problems } = readDataFiles(dir)
  return checkDataset(new DataDirectoryFiles(files, problems), today)
}

export const todayIso = (now: Date = new Date()): string => now.toISOString().slice(0, 10)
