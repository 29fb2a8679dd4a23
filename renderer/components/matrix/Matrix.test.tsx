// A long comparison is built a batch of rows at a time: the rest follow on "Show more", on scrolling
// near the end, on moving onto them with the keyboard, and all of them before printing.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { KEPT_HIDDEN_CLASS } from '../app/shown-screen'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { fixtureDataset } from '../../../test/fixtures/dataset'
import { createI18n } from '../../i18n/i18n'
import { Matrix } from './Matrix'
import { ROW_BATCH } from './use-row-window'

const [template] = fixtureDataset.criteria
const criteria = Array.from({ length: ROW_BATCH * 2 + 5 }, (_, i) => ({
  ...template!,
  id: `criterion-${i}`,
  title: { en: `Criterion ${i}`, ru: `Критерий ${i}` }
}))
const messengers = fixtureDataset.messengers.map((m) => ({
  ...m,
  cells: Object.fromEntries(criteria.map((c) => [c.id, m.cells[template!.id]!]))
}))

function renderMatrix(rowCount = criteria.length, wrapperClass = '') {
  const visible = {
    messengers,
    groups: [{ area: fixtureDataset.areas[0]!, criteria: criteria.slice(0, rowCount) }],
    matchCount: rowCount,
    search: null
  }
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <div className={wrapperClass}>
        <Matrix visible={visible} language="en" today={fixtureDataset.date} onOpenCell={() => undefined} />
      </div>
    </I18nextProvider>
  )
}
const builtRows = () => document.querySelectorAll('tr[data-criterion]').length

afterEach(cleanup)

describe('a long comparison', () => {
  it('builds one batch of rows, and the next on "Show more"', () => {
    renderMatrix()
    expect(builtRows()).toBe(ROW_BATCH)
    fireEvent.click(screen.getByRole('button', { name: `Show ${ROW_BATCH} more criteria (${ROW_BATCH} of ${criteria.length} shown)` }))
    expect(builtRows()).toBe(ROW_BATCH * 2)
    // Focus goes to the first new row, so it is not lost when the last batch removes the button.
    expect(document.activeElement).toBe(document.querySelector(`[data-row="${ROW_BATCH}"][data-column="0"]`))
  })

  it('builds every row before printing, and then offers no more', () => {
    renderMatrix()
    act(() => void dispatchEvent(new Event('beforeprint')))
    expect(builtRows()).toBe(criteria.length)
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull()
  })

  it('builds nothing more for printing while it is kept hidden behind another screen (that screen is printed)', () => {
    renderMatrix(criteria.length, KEPT_HIDDEN_CLASS)
    act(() => void dispatchEvent(new Event('beforeprint')))
    expect(builtRows()).toBe(ROW_BATCH)
  })

  it('builds the next row when the keyboard moves onto it', () => {
    renderMatrix()
    const lastBuilt = document.querySelector<HTMLElement>(`[data-row="${ROW_BATCH - 1}"][data-column="0"]`)!
    act(() => lastBuilt.focus())
    fireEvent.keyDown(lastBuilt, { key: 'ArrowDown' })
    expect(builtRows()).toBeGreaterThan(ROW_BATCH)
    expect(document.activeElement).toBe(document.querySelector(`[data-row="${ROW_BATCH}"][data-column="0"]`))
  })

  it('is one batch, with nothing to show more, at the size of the real data', () => {
    renderMatrix(19)
    expect(builtRows()).toBe(19)
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull()
  })
})
