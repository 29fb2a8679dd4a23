import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { I18nextProvider } from 'react-i18next'
import { fixtureDataset } from '../../../test/fixtures/dataset'
import { PlatformContext } from '../../bridge/platform-context'
import type { Platform } from '../../bridge/platform'
import { createI18n } from '../../i18n/i18n'
import { PreferencesContext } from '../../store/preferences-context'
import { createPreferencesStore } from '../../store/preferences-store'
import { useViewStore } from '../../store/view-store'
import { App } from './App'

const platform: Platform = {
  getAppInfo: async () => ({ appVersion: '9.9.9', electronVersion: null, platform: 'test' }),
  getDataset: async () => ({ dataset: fixtureDataset, origin: 'bundled' })
}

async function renderApp(language: 'en' | 'ru' = 'en') {
  const storage = new Map<string, string>()
  const preferences = createPreferencesStore(language, {
    getItem: (k) => storage.get(k) ?? null,
    setItem: (k, v) => void storage.set(k, v),
    removeItem: (k) => void storage.delete(k)
  })
  render(
    <PlatformContext value={platform}>
      <PreferencesContext value={preferences}>
        <I18nextProvider i18n={createI18n(language)}>
          <App />
        </I18nextProvider>
      </PreferencesContext>
    </PlatformContext>
  )
  await screen.findByRole('table')
  return preferences
}

afterEach(() => {
  cleanup()
  useViewStore.setState({ openCell: null })
})

describe('the comparison screen', () => {
  it('shows each messenger as a column, with the reference marked', async () => {
    await renderApp()
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent)
    expect(headers[1]).toContain('Alpha')
    expect(headers[2]).toContain('Beacon')
    expect(headers[2]).toContain('Reference')
  })

  it('groups criteria under their areas, each cell with a verdict in words', async () => {
    await renderApp()
    expect(screen.getByRole('heading', { name: 'Encryption' })).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Legal status' })).toBeTruthy()
    const row = screen.getByRole('row', { name: /One-to-one chats/ })
    expect(within(row).getByText('Poor')).toBeTruthy()
    expect(within(row).getByText('No')).toBeTruthy()
  })

  it('opens a cell to show its notes, sources and as-of date', async () => {
    await renderApp()
    fireEvent.click(screen.getByRole('button', { name: /Alpha — One-to-one chats: Poor, No/ }))
    const dialog = await screen.findByRole('dialog', { hidden: true })
    expect(within(dialog).getByText('Second paragraph.')).toBeTruthy()
    expect(within(dialog).getByText('Example source')).toBeTruthy()
    expect(within(dialog).getByText('https://example.org/article')).toBeTruthy()
    expect(within(dialog).getByText('As of 10 January 2026')).toBeTruthy()
    expect(within(dialog).getByText('1 source')).toBeTruthy()
  })

  it('switches every label and the data to Russian', async () => {
    const preferences = await renderApp('en')
    fireEvent.click(screen.getByRole('button', { name: 'Русский' }))
    await act(async () => {})
    expect(preferences.getState().language).toBe('ru')
    expect(screen.getByRole('heading', { name: 'Шифрование' })).toBeTruthy()
    expect(screen.getByRole('button', { name: /Alpha — Личные чаты: Плохо, Нет/ })).toBeTruthy()
    expect(screen.getByText('Эталон')).toBeTruthy()
  })
})
