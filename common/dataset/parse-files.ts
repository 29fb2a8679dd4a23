// Parses each data file against its schema: a typed candidate (null where a file failed) and the problems.
import type { z } from 'zod'
import { DATA_FILE_NAMES, messengerIdOfFile, type DataFiles } from './data-files'
import { errorAt, type DataProblem } from './problems'
import {
  ChecklistsFileSchema,
  ConcernsFileSchema,
  CriteriaFileSchema,
  DatasetMetaSchema,
  MessengerSchema,
  MethodologyFileSchema,
  PublishersFileSchema,
  TimelineFileSchema,
  type ChecklistsFile,
  type ConcernsFile,
  type CriteriaFile,
  type DatasetMeta,
  type Messenger,
  type MethodologyFile,
  type Publisher,
  type TimelineFile
} from './schema'

/** A messenger and the file it came from, which problems about it name. */
export interface MessengerFile {
  file: string
  messenger: Messenger
}

/** Every file that passed its schema, not yet checked against the others. */
export interface DatasetCandidate {
  meta: DatasetMeta | null
  criteria: CriteriaFile | null
  timeline: TimelineFile | null
  methodology: MethodologyFile | null
  checklists: ChecklistsFile | null
  concerns: ConcernsFile | null
  publishers: Publisher[] | null
  messengers: MessengerFile[]
  /** Every messenger file read, valid or not: what a reference to a messenger may name without a second error. */
  messengerFileIds: string[]
}

function parseFile<T>(schema: z.ZodType<T>, content: unknown, file: string, problems: DataProblem[], messenger?: string): T | null {
  const result = schema.safeParse(content)
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    const path = issue.path.map(String)
    const criterion = path[0] === 'cells' ? path[1] : undefined
    problems.push(
      errorAt({ file, ...(messenger && { messenger }), ...(criterion && { criterion }) }, `${path.join('.') || '(file)'}: ${issue.message}`)
    )
  }
  return null
}

export function parseDataFiles(files: DataFiles): { candidate: DatasetCandidate; problems: DataProblem[] } {
  const problems: DataProblem[] = []
  const candidate: DatasetCandidate = {
    meta: parseFile(DatasetMetaSchema, files.meta, DATA_FILE_NAMES.meta, problems),
    criteria: parseFile(CriteriaFileSchema, files.criteria, DATA_FILE_NAMES.criteria, problems),
    timeline: parseFile(TimelineFileSchema, files.timeline, DATA_FILE_NAMES.timeline, problems),
    methodology: parseFile(MethodologyFileSchema, files.methodology, DATA_FILE_NAMES.methodology, problems),
    checklists: parseFile(ChecklistsFileSchema, files.checklists, DATA_FILE_NAMES.checklists, problems),
    concerns: parseFile(ConcernsFileSchema, files.concerns, DATA_FILE_NAMES.concerns, problems),
    publishers: parseFile(PublishersFileSchema, files.publishers, DATA_FILE_NAMES.publishers, problems)?.publishers ?? null,
    messengers: [],
    messengerFileIds: Object.keys(files.messengers).map(messengerIdOfFile)
  }
  const messengerFiles = Object.entries(files.messengers)
  if (messengerFiles.length === 0) problems.push(errorAt({ file: DATA_FILE_NAMES.messengersDir }, 'no messenger files'))
  for (const [file, content] of messengerFiles) {
    const messenger = parseFile(MessengerSchema, content, file, problems, messengerIdOfFile(file))
    if (messenger) candidate.messengers.push({ file, messenger })
  }
  return { candidate, problems }
}
