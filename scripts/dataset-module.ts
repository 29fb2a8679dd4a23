// Turns data/ into the `virtual:dataset` module for the Vite and esbuild builds; fails on any error,
// so a build can never ship data that `npm run data:check` would reject.
import { fileURLToPath } from 'node:url'
import { formatProblem } from '../common/dataset/problems'
import { loadDataDirectory, todayIso } from '../common/dataset/read-directory'
import type { Dataset } from '../common/dataset/schema'

export const DATASET_MODULE_ID = 'virtual:dataset'
/** MESSENGER_DATA_DIR lets a test build from a copy of the data (for example a deliberately broken one). */
export const DATA_DIR = process.env.MESSENGER_DATA_DIR ?? fileURLToPath(new URL('../data/', import.meta.url))

export function loadValidDataset(dataDir: string = DATA_DIR): Dataset {
  const { dataset, problems } = loadDataDirectory(dataDir, todayIso())
  if (!dataset) {
    const errors = problems.filter((p) => p.severity === 'error').map(formatProblem)
    throw new Error(`The dataset in ${dataDir} is invalid:\n${errors.join('\n')}`)
  }
  return dataset
}

/** For main: JSON.parse of a string literal starts faster than an object literal of the same size. */
export function datasetModuleSource(dataDir?: string): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(loadValidDataset(dataDir)))})`
}
