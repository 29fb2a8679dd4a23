import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFakePlatform } from '../../../test/fixtures/platform'
import { createI18n } from '../../i18n/i18n'
import { loadDataStore } from '../../store/data-store'
import { loadPreferencesStore } from '../../store/preferences-store'
import { useViewStore } from '../../store/view-store'
import { SCREEN_COMPONENTS } from '../../screens/registry'
import { AppRoot } from './AppRoot'
import { shownScreenHeading } from './shown-screen'

async function renderApp(language: 'en' | 'ru' = 'en') {
  const fake = createFakePlatform()
  const preferences = await loadPreferencesStore(language, fake.platform)
  render(
    <AppRoot platform={fake.platform} data={await loadDataStore(fake.platform)} preferences={preferences} i18n={createI18n(language)} />
  )
  await screen.findByRole('heading', { level: 2, name: language === 'en' ? 'Comparison' : 'Сравнение' })
  return { preferences, fake }
}

const goTo = (name: string) => fireEvent.click(screen.getByRole('button', { name }))

afterEach(() => {
  cleanup()
  // The address keeps the view (deep links): each test starts from a clean one.
  window.history.replaceState(null, '', window.location.pathname)
  useViewStore.setState(useViewStore.getInitialState())
})

describe('the comparison screen', () => {
  it('shows each messenger as a column, with the reference marked', async () => {
    await renderApp()
    goTo('Comparison')
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent)
    expect(headers[1]).toContain('Alpha')
    expect(headers[2]).toContain('Beacon')
    expect(headers[2]).toContain('Reference')
  })

  it('groups criteria under their areas, each cell with a verdict in words', async () => {
    await renderApp()
    goTo('Comparison')
    expect(screen.getByRole('heading', { name: 'Encryption' })).toBeTruthy()
    const row = screen.getByRole('row', { name: /One-to-one chats/ })
    expect(within(row).getByText('Poor')).toBeTruthy()
    expect(within(row).getByText('No')).toBeTruthy()
  })

  // The fixture's cells were reviewed on 24 Nov 2026 with evidence from 10 Jan 2026; "today" is fixed.
  const onDay = (day: string) => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(`${day}T12:00:00Z`))
  }
  afterEach(() => vi.useRealTimers())

  it('says above the table how many answers are possibly outdated, by the one rule, and how old the copy is', async () => {
    onDay('2026-12-02')
    await renderApp()
    // Only the two monthly access cells: their evidence is months old. The yearly ones were reviewed last week.
    expect(screen.getByText(/^2 of 4 answers are marked “Possibly outdated”: they were not re-checked within/)).toBeTruthy()
    expect(screen.getByTestId('copy-age').textContent).toMatch(
      /^This copy’s data is from 20 November 2026\. Blocking status changes quickly: ask whoever gave you this file/
    )
  })

  it('opens a cell to show its notes, sources, both dates and the review interval, flagged only by the rule', async () => {
    onDay('2026-12-02')
    await renderApp()
    goTo('Comparison')
    fireEvent.click(screen.getByRole('button', { name: /Alpha — One-to-one chats: Poor No/ }))
    const dialog = await screen.findByRole('dialog', { hidden: true })
    expect(within(dialog).getByText('Second paragraph.')).toBeTruthy()
    expect(within(dialog).getByText('“Example source”')).toBeTruthy()
    expect(within(dialog).getByText('https://example.org/article')).toBeTruthy()
    expect(within(dialog).getByTestId('details-reviewed').textContent).toBe('24 November 2026')
    expect(within(dialog).getByTestId('details-evidence').textContent).toBe('10 January 2026')
    expect(within(dialog).getByText('Reviewed every 12 months. It changes.')).toBeTruthy()
    expect(within(dialog).getByText('Example Daily')).toBeTruthy()
    expect(within(dialog).getByText('Reputable')).toBeTruthy()
    expect(within(dialog).queryByRole('note', { hidden: true })).toBeNull()
  })

  it('flags a yearly answer once its review is overdue, saying so', async () => {
    onDay('2027-12-01')
    await renderApp()
    goTo('Comparison')
    fireEvent.click(screen.getByRole('button', { name: /Alpha — One-to-one chats: Poor No/ }))
    const dialog = await screen.findByRole('dialog', { hidden: true })
    expect(within(dialog).getByRole('note', { hidden: true }).textContent).toBe(
      'Possibly outdated: not reviewed for more than 12 months (last on 24 November 2026). It may have changed.'
    )
  })

  it('says a fast-changing answer is outdated because its evidence is old, though reviewed', async () => {
    onDay('2026-12-02')
    await renderApp()
    goTo('Comparison')
    fireEvent.click(screen.getByRole('button', { name: /Alpha — Availability: Blocked/ }))
    const dialog = await screen.findByRole('dialog', { hidden: true })
    expect(within(dialog).getByRole('note', { hidden: true }).textContent).toMatch(
      /^Possibly outdated: this changes quickly, and the newest evidence is from 10 January 2026/
    )
  })

  it("names a copy's original publisher and marks it weak", async () => {
    onDay('2026-12-02')
    const { fixtureDataset } = await import('../../../test/fixtures/dataset')
    const cell = fixtureDataset.messengers[0]!.cells['e2ee-default-1to1']!
    const saved = cell.sources
    cell.sources = [
      ...saved,
      {
        title: { en: '[A copied story]', ru: '[Скопированная заметка]' },
        url: 'https://copies.example/x',
        checked: '2026-11-24',
        copyOf: { publisher: 'Reuters' }
      }
    ]
    try {
      await renderApp()
      goTo('Comparison')
      fireEvent.click(screen.getByRole('button', { name: /Alpha — One-to-one chats: Poor No/ }))
      const dialog = await screen.findByRole('dialog', { hidden: true })
      expect(within(dialog).getByText('[A copied story]')).toBeTruthy()
      expect(within(dialog).getByText('Copy of Reuters')).toBeTruthy()
      expect(within(dialog).getByText('Weak: a copy')).toBeTruthy()
      expect(within(dialog).getByText('Aggregator')).toBeTruthy()
    } finally {
      cell.sources = saved
    }
  })

  it('asks before opening a source in the browser, and opens it only after confirmation', async () => {
    const { fake } = await renderApp()
    goTo('Comparison')
    fireEvent.click(screen.getByRole('button', { name: /Alpha — One-to-one chats/ }))
    fireEvent.click(await screen.findByRole('button', { name: 'Open in browser', hidden: true }))
    expect(fake.state.openedLinks).toEqual([])
    const confirm = await screen.findByRole('dialog', { name: 'Open this source in your browser?', hidden: true })
    await act(async () => fireEvent.click(within(confirm).getByRole('button', { name: 'Open', hidden: true })))
    expect(fake.state.openedLinks).toEqual(['https://example.org/article'])
  })

  it('switches every label and the data to Russian', async () => {
    const { preferences } = await renderApp('en')
    fireEvent.click(screen.getByRole('button', { name: 'Русский' }))
    await act(async () => {})
    expect(preferences.getState().language).toBe('ru')
    goTo('Сравнение')
    expect(screen.getByRole('heading', { name: 'Шифрование' })).toBeTruthy()
    expect(screen.getByRole('button', { name: /Alpha — Личные чаты: Плохо Нет/ })).toBeTruthy()
    expect(screen.getByText('Эталон')).toBeTruthy()
  })

  it('moves between cells with the arrow keys', async () => {
    await renderApp()
    goTo('Comparison')
    const first = screen.getByRole('button', { name: /Alpha — One-to-one chats/ })
    first.focus()
    fireEvent.keyDown(first, { key: 'ArrowRight' })
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Beacon — One-to-one chats/ }))
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Beacon — Availability/ }))
  })
})

describe('a fault in one screen', () => {
  it('shows a message in its place, and the header, the navigation and the other screens keep working', async () => {
    const timeline = SCREEN_COMPONENTS.timeline
    SCREEN_COMPONENTS.timeline = () => {
      throw new Error('a broken screen')
    }
    // React logs the error it caught.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      await renderApp()
      goTo('Timeline')
      expect((await screen.findByRole('alert')).textContent).toContain('This section could not be shown because of an error in the app')
      goTo('Overview')
      expect(shownScreenHeading()?.textContent).toBe('At a glance')
      expect(screen.queryByRole('alert')).toBeNull()
      goTo('Comparison')
      expect(screen.getByRole('table')).toBeTruthy()
    } finally {
      SCREEN_COMPONENTS.timeline = timeline
      logged.mockRestore()
    }
  })
})

describe('the other screens', () => {
  it('keeps the comparison built, and out of reach, while another screen is shown', async () => {
    await renderApp()
    const table = screen.getByRole('table')
    goTo('Overview')
    // Hidden from the accessibility tree (and, in a browser, skipped by content-visibility)…
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).not.toContain('Comparison')
    // …and the shown screen's heading is the one brought into view and focused.
    expect(shownScreenHeading()?.textContent).toBe('At a glance')
    goTo('Comparison')
    // The same table, not a rebuilt one: opening the comparison again costs a repaint.
    expect(screen.getByRole('table')).toBe(table)
    expect(shownScreenHeading()?.textContent).toBe('Comparison')
  })

  it('"What worries me" sorts messengers into groups with linked reasons, and remembers the choice', async () => {
    const { preferences } = await renderApp()
    goTo('What worries me')
    fireEvent.click(screen.getByRole('checkbox', { name: /The state reading my messages/ }))
    const doesNotFit = screen.getByRole('region', { name: 'Does not fit' })
    expect(within(doesNotFit).getByText(/the provider can read your messages/)).toBeTruthy()
    expect(within(screen.getByRole('region', { name: /Fits, with a trade-off/ })).getByText('Beacon')).toBeTruthy()
    // A reason's evidence opens the cell it rests on.
    fireEvent.click(within(doesNotFit).getAllByRole('button', { name: 'One-to-one chats: No' })[0]!)
    expect(screen.getByRole('dialog', { name: 'One-to-one chats' })).toBeTruthy()
    expect(preferences.getState().selectedConcerns).toEqual(['state-reads'])
  })

  it('checklist ticks are remembered', async () => {
    const { fake } = await renderApp()
    goTo('If you must use it')
    fireEvent.click(screen.getByRole('checkbox', { name: 'Turn on two-step verification' }))
    await act(async () => {})
    expect(fake.state.saved?.checklistTicks).toEqual({ 'alpha/two-step': true })
    expect(screen.getByText('1 of 1 done')).toBeTruthy()
  })
})

describe('the application menu (desktop)', () => {
  it('switches the language and opens presentation mode when the menu says so', async () => {
    const { fake, preferences } = await renderApp()
    await act(async () => fake.state.menuListeners.forEach((listener) => listener({ type: 'set-language', language: 'ru' })))
    expect(preferences.getState().language).toBe('ru')
    await act(async () => fake.state.menuListeners.forEach((listener) => listener({ type: 'present' })))
    expect(screen.getByRole('dialog', { name: 'Презентация' })).toBeTruthy()
    // Full screen goes through the platform (the window itself, in the desktop app), and is left on exit.
    expect(fake.state.fullScreen.at(-1)).toBe(true)
    fireEvent.keyDown(screen.getByRole('dialog', { name: 'Презентация' }), { key: 'Escape' })
    expect(fake.state.fullScreen.at(-1)).toBe(false)
  })

  it('shows why a data pack chosen from the menu was refused, and keeps the data', async () => {
    const { fake } = await renderApp()
    await act(async () =>
      fake.state.menuListeners.forEach((listener) =>
        listener({ type: 'pack-result', result: { ok: false, reason: 'bad-signature', detail: '' } })
      )
    )
    expect(screen.getByRole('alert').textContent).toContain('signature does not match')
    expect(screen.getByTestId('dataset-version').textContent).toContain('1.2.3')
  })
})
