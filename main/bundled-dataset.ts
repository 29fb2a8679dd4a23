// Validates the dataset bundled at build time before the app uses it; main trusts nothing unchecked.
import { DatasetSchema, type Dataset } from '../common/dataset/schema'

export type DatasetLoad = { ok: true; dataset: Dataset } | { ok: false; message: string }

export function validateBundledDataset(raw: unknown): DatasetLoad {
  const result = DatasetSchema.safeParse(raw)
  if (result.success) return { ok: true, dataset: result.data }
  const first = result.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`)
  return { ok: false, message: `The bundled dataset is invalid (${first.join('; ')})` }
}
