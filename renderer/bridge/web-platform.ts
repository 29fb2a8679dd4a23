// The web edition: the dataset comes from the JSON block built into index.html; no network, no Node.
import { EMBEDDED_DATASET_ELEMENT_ID } from '../../common/embedded-dataset'
import type { Dataset } from '../../data/schema'
import type { Platform } from './platform'

declare const __APP_VERSION__: string

export function readEmbeddedDataset(doc: Pick<Document, 'getElementById'>): Dataset {
  const element = doc.getElementById(EMBEDDED_DATASET_ELEMENT_ID)
  if (!element?.textContent) throw new Error('the page has no built-in dataset')
  // Validated at build time (the build fails on invalid data); the schema library stays out of the page.
  return JSON.parse(element.textContent) as Dataset
}

export function createWebPlatform(doc: Pick<Document, 'getElementById'>, userAgent: string): Platform {
  return {
    getAppInfo: async () => ({
      appVersion: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0',
      electronVersion: null,
      platform: userAgent
    }),
    getDataset: async () => ({ dataset: readEmbeddedDataset(doc), origin: 'bundled' })
  }
}
