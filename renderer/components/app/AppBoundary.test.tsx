import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { createFakePlatform } from '../../../test/fixtures/platform'
import { createI18n } from '../../i18n/i18n'
import { loadDataStore } from '../../store/data-store'
import { loadPreferencesStore } from '../../store/preferences-store'
import { useViewStore } from '../../store/view-store'
import { AppRoot } from './AppRoot'
import { shownScreenHeading } from './shown-screen'

// The footer stands for any part of the shell outside the screens: it fails while this is set.
const fault = vi.hoisted(() => ({ inFooter: false }))
vi.mock('../footer/AppFooter', async (importOriginal) => {
  const real = await importOriginal<typeof import('../footer/AppFooter')>()
  return {
    AppFooter: (props: Parameters<typeof real.AppFooter>[0]) => {
      if (fault.inFooter) throw new Error('a broken footer')
      return real.AppFooter(props)
    }
  }
})

afterEach(() => {
  cleanup()
  fault.inFooter = false
  window.history.replaceState(null, '', window.location.pathname)
  useViewStore.setState(useViewStore.getInitialState())
})

it('a fault outside the screens shows a message instead of a blank window, and Start again opens the comparison afresh', async () => {
  const fake = createFakePlatform()
  const preferences = await loadPreferencesStore('en', fake.platform)
  render(<AppRoot platform={fake.platform} data={await loadDataStore(fake.platform)} preferences={preferences} i18n={createI18n('en')} />)
  fireEvent.click(await screen.findByRole('button', { name: 'Timeline' }))
  expect(window.location.hash).toContain('timeline')
  // React logs the error it caught.
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    fault.inFooter = true
    await act(async () => preferences.getState().setTheme('dark'))
    expect(screen.getByRole('alert').textContent).toContain(
      'The app stopped because of an error in it. Your saved settings and ticks are kept.'
    )
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start again' }))
    expect(screen.queryByRole('navigation')).toBeNull()

    fault.inFooter = false
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(shownScreenHeading()?.textContent).toBe('Comparison')
    expect(window.location.hash).not.toContain('timeline')
    // The setting changed just before the fault is kept.
    expect(preferences.getState().theme).toBe('dark')
  } finally {
    logged.mockRestore()
  }
})

it('says so in Russian in the Russian app', async () => {
  fault.inFooter = true
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    const fake = createFakePlatform()
    const preferences = await loadPreferencesStore('ru', fake.platform)
    render(<AppRoot platform={fake.platform} data={await loadDataStore(fake.platform)} preferences={preferences} i18n={createI18n('ru')} />)
    expect((await screen.findByRole('alert')).textContent).toContain('Приложение остановилось из-за ошибки в нём.')
    expect(screen.getByRole('button', { name: 'Начать заново' })).toBeTruthy()
  } finally {
    logged.mockRestore()
  }
})
