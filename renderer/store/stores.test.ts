import { describe, expect, it } from 'vitest'
import { createStore } from 'zustand/vanilla'
import type { StateStorage } from 'zustand/middleware'
import { fixtureDataset } from '../../test/fixtures/dataset'
import type { Platform } from '../bridge/platform'
import { createDataState } from './data-store'
import { createPreferencesStore, PREFERENCES_STORAGE_KEY } from './preferences-store'

const appInfo = { appVersion: '1.0.0', electronVersion: null, platform: 'test' }

const platformReturning = (dataset: typeof fixtureDataset | Error): Platform => ({
  getAppInfo: async () => appInfo,
  getDataset: async () => {
    if (dataset instanceof Error) throw dataset
    return { dataset, origin: 'bundled' }
  }
})

describe('the data store', () => {
  it('loads the dataset and app info from the platform', async () => {
    const store = createStore(createDataState)
    await store.getState().load(platformReturning(fixtureDataset))
    expect(store.getState()).toMatchObject({ status: 'ready', dataset: fixtureDataset, origin: 'bundled', appInfo, error: null })
  })

  it('keeps the last good data when a later load fails, and says why', async () => {
    const store = createStore(createDataState)
    await store.getState().load(platformReturning(fixtureDataset))
    await store.getState().load(platformReturning(new Error('pack is corrupt')))
    expect(store.getState()).toMatchObject({ status: 'ready', dataset: fixtureDataset, error: 'pack is corrupt' })
  })

  it('reports an error when there is no data at all', async () => {
    const store = createStore(createDataState)
    await store.getState().load(platformReturning(new Error('no data')))
    expect(store.getState()).toMatchObject({ status: 'error', dataset: null, error: 'no data' })
  })
})

function memoryStorage(initial: Record<string, string> = {}): StateStorage & { data: Record<string, string> } {
  const data = { ...initial }
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => void (data[key] = value),
    removeItem: (key) => void delete data[key]
  }
}

describe('the preferences store', () => {
  it('remembers the chosen language across restarts', () => {
    const storage = memoryStorage()
    createPreferencesStore('en', storage).getState().setLanguage('ru')
    expect(createPreferencesStore('en', storage).getState().language).toBe('ru')
  })

  it('starts from the system language when nothing was saved', () => {
    expect(createPreferencesStore('ru', memoryStorage()).getState().language).toBe('ru')
  })

  it('ignores a corrupt or unknown saved value instead of crashing', () => {
    const corrupt = memoryStorage({ [PREFERENCES_STORAGE_KEY]: '{not json' })
    expect(createPreferencesStore('en', corrupt).getState().language).toBe('en')
    const unknown = memoryStorage({ [PREFERENCES_STORAGE_KEY]: JSON.stringify({ state: { language: 'xx' }, version: 1 }) })
    expect(createPreferencesStore('ru', unknown).getState().language).toBe('ru')
  })
})
