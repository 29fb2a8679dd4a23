// The data-pack panel explains itself: no import button where no pack could ever be accepted.
import { cleanup, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createI18n } from '../../i18n/i18n'
import { DataPackPanel } from './DataPackPanel'

const panel = (trustsPacks: boolean, isDesktop = true) =>
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <DataPackPanel
        language="en"
        isDesktop={isDesktop}
        trustsPacks={trustsPacks}
        origin="bundled"
        outcome={null}
        onImport={vi.fn()}
        onRevert={vi.fn()}
      />
    </I18nextProvider>
  )

afterEach(cleanup)

describe('the data-pack panel', () => {
  it('says why packs cannot be imported when the build trusts no key, and offers no import', () => {
    panel(false)
    expect(screen.getByText(/trusts no signing key/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Import data pack…' })).toBeNull()
  })

  it('offers the import when a key is trusted', () => {
    panel(true)
    expect(screen.getByRole('button', { name: 'Import data pack…' })).toBeTruthy()
    expect(screen.queryByText(/trusts no signing key/)).toBeNull()
  })
})
