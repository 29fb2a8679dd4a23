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
      'Something went wrong and the app stopped. Your saved settings and ticked checklist items are kept.'
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

it('speaks the language chosen since the app started, and names what the button does to a screen reader', async () => {
  const fake = createFakePlatform()
  const preferences = await loadPreferencesStore('en', fake.platform)
  const i18n = createI18n('en')
  render(<AppRoot platform={fake.platform} data={await loadDataStore(fake.platform)} preferences={preferences} i18n={i18n} />)
  await screen.findByRole('heading', { level: 2, name: 'Comparison' })
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    // As main.tsx does on a language change.
    await act(async () => {
      preferences.getState().setLanguage('ru')
      await i18n.changeLanguage('ru')
    })
    fault.inFooter = true
    await act(async () => preferences.getState().setTheme('dark'))
    const message = await screen.findByRole('alert')
    expect(message.textContent).toContain('В приложении произошла ошибка, и оно перестало работать.')
    const button = screen.getByRole('button', { name: 'Начать заново' })
    expect(button.getAttribute('aria-describedby')).toBe(message.id)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Мессенджеры и приватность')
  } finally {
    logged.mockRestore()
  }
})
