import { describe, expect, it } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { fixtureDataset } from '../../test/fixtures/dataset'
import { createFakePlatform } from '../../test/fixtures/platform'
import type { Platform } from '../bridge/platform'
import { createDataState, loadDataStore } from './data-store'
import { loadPreferencesStore } from './preferences-store'

const platformWithDataset = (dataset: typeof fixtureDataset | Error): Platform => ({
  ...createFakePlatform().platform,
  getDataset: async () => {
    if (dataset instanceof Error) throw dataset
    return { dataset, origin: 'bundled', signer: null }
  }
})

describe('the data store', () => {
  it('loads the dataset and app info from the platform', async () => {
    const store = createStore(createDataState)
    await store.getState().load(platformWithDataset(fixtureDataset))
    expect(store.getState()).toMatchObject({ status: 'ready', dataset: fixtureDataset, origin: 'bundled', error: null })
    expect(store.getState().appInfo?.appVersion).toBe('9.9.9')
  })

  it('keeps the last good data when a later load fails, and says why', async () => {
    const store = createStore(createDataState)
    await store.getState().load(platformWithDataset(fixtureDataset))
    await store.getState().load(platformWithDataset(new Error('pack is corrupt')))
    expect(store.getState()).toMatchObject({ status: 'ready', dataset: fixtureDataset, error: 'pack is corrupt' })
  })

  it('starts with the data already loaded, or with the reason it could not be', async () => {
    const loaded = await loadDataStore(platformWithDataset(fixtureDataset))
    expect(loaded.getInitialState()).toMatchObject({ status: 'ready', dataset: fixtureDataset })
    const failed = await loadDataStore(platformWithDataset(new Error('broken pack')))
    expect(failed.getInitialState()).toMatchObject({ status: 'error', dataset: null, error: 'broken pack' })
  })

  it('reports an error when there is no data at all', async () => {
    const store = createStore(createDataState)
    await store.getState().load(platformWithDataset(new Error('no data')))
    expect(store.getState()).toMatchObject({ status: 'error', dataset: null, error: 'no data' })
  })
})

describe('the preferences store', () => {
  it('remembers language, theme, filters, chosen worries and ticks across restarts', async () => {
    const { platform, state } = createFakePlatform()
    const first = await loadPreferencesStore('en', platform)
    const s = first.getState()
    s.setLanguage('ru')
    s.setTheme('dark')
    s.toggleMessenger('max')
    s.setAreaFilter('encryption')
    s.toggleConcern('state-reads')
    s.toggleChecklistItem('alpha/two-step')
    await Promise.resolve()
    expect(state.saved).toMatchObject({ language: 'ru', theme: 'dark', hiddenMessengers: ['max'], areaFilter: 'encryption' })

    const second = await loadPreferencesStore('en', platform)
    expect(second.getState()).toMatchObject({
      language: 'ru',
      theme: 'dark',
      hiddenMessengers: ['max'],
      areaFilter: 'encryption',
      selectedConcerns: ['state-reads'],
      checklistTicks: { 'alpha/two-step': true }
    })
  })

  it('starts from the system language and defaults when nothing was saved, and saves nothing until a change', async () => {
    const { platform, state } = createFakePlatform()
    const preferences = await loadPreferencesStore('ru', platform)
    expect(preferences.getState()).toMatchObject({ language: 'ru', theme: 'system', hiddenMessengers: [], notice: null })
    expect(state.saved).toBeNull()
  })

  it('announces a reset when the saved settings were unreadable', async () => {
    const { platform } = createFakePlatform({ settings: null, notice: 'reset' })
    const preferences = await loadPreferencesStore('en', platform)
    expect(preferences.getState().notice).toBe('reset')
    preferences.getState().dismissNotice()
    expect(preferences.getState().notice).toBeNull()
  })

  it('unticks a ticked checklist item', async () => {
    const { platform } = createFakePlatform()
    const store = await loadPreferencesStore('en', platform)
    store.getState().toggleChecklistItem('alpha/x')
    store.getState().toggleChecklistItem('alpha/x')
    expect(store.getState().checklistTicks).toEqual({})
  })
})
