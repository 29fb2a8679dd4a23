// The dataset exactly as the web edition was built with it (its dataset script), for tests that
// compare what the page shows with the data behind it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATASET_SCRIPT_FILE, datasetJsonFromScript } from '../../common/embedded-dataset'
import type { Dataset } from '../../common/dataset/schema'
import { WEB_EDITION_DIR } from './paths'

export const builtDataset = (): Dataset =>
  JSON.parse(datasetJsonFromScript(readFileSync(join(WEB_EDITION_DIR, DATASET_SCRIPT_FILE), 'utf8'))) as Dataset
