import { describe, expect, it } from 'vitest'
import { fixtureDataset } from '../test/fixtures/dataset'
import { validateBundledDataset } from './bundled-dataset'

describe('validateBundledDataset', () => {
  it('accepts a valid dataset', () => {
    expect(validateBundledDataset(structuredClone(fixtureDataset))).toMatchObject({ ok: true })
  })

  it('refuses a dataset with a non-https source, naming where', () => {
    const broken = structuredClone(fixtureDataset)
    broken.messengers[0]!.cells['e2ee-default-1to1']!.sources[0]!.url = 'http://example.org/'
    const result = validateBundledDataset(broken)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/messengers\.0\.cells\.e2ee-default-1to1\.sources\.0\.url/)
  })
})
