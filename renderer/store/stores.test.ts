import { describe, expect, it } from 'vitest'
import { fixtureDataset } from '../../test/fixtures/dataset'
import { createFakePlatform } from '../../test/fixtures/platform'
import type { Platform } from '../bridge/platform'
import { loadDataStore } from './data-store'
import { loadPreferencesStore } from './preferences-store'

const platformWithDataset = (dataset: typeof fixtureDataset | Error): Platform => ({
  ...createFakePlatform().platform,
  getDataset: async () => {
    if (dataset instanceof Error) throw dataset
    return { dataset, origin: 'bundled', signer: null }
  }
})

describe('the data store', () => {
  it('starts with the data already loaded, or with the reason it could not be', async () => {
    const loaded = await loadDataStore(platformWithDataset(fixtureDataset))
    expect(loaded.getInitialState()).toMatchObject({ status: 'ready', dataset: fixtureDataset, origin: 'bundled', error: null })
    expect(loaded.getState().appInfo?.appVersion).toBe('9.9.9')
    const failed = await loadDataStore(platformWithDataset(new Error('broken pack')))
    expect(failed.getInitialState()).toMatchObject({ status: 'error', dataset: null, error: 'broken pack' })
  })

  it('switches to the dataset main now serves, clearing an earlier error', async () => {
    const failed = await loadDataStore(platformWithDataset(new Error('broken pack')))
    failed.getState().switchTo({ dataset: fixtureDataset, origin: 'imported', signer: 'k1' })
    expect(failed.getState()).toMatchObject({ status: 'ready', dataset: fixtureDataset, origin: 'imported', signer: 'k1', error: null })
  })
})

describe('the preferences store', () => {
  it('remembers language, theme, filters, chosen worries and ticks across restarts', async () => {
    const { platform, state } = createFakePlatform()
    const first = await loadPreferencesStore('en', platform)
    const s = first.getState()
    s.setLanguage('ru')
    s.setTheme('dark')
    s.toggleMessenger('max', true)
    s.toggleMessenger('threema', false)
    s.setAreaFilter('encryption')
    s.toggleConcern('state-reads')
    s.toggleChecklistItem('alpha/two-step')
    await Promise.resolve()
    expect(state.saved).toMatchObject({
      language: 'ru',
      theme: 'dark',
      hiddenMessengers: ['max'],
      addedMessengers: ['threema'],
      areaFilter: 'encryption'
    })

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
