import { API_METHODS } from '../common/ipc-contract'
import { expect, test } from './fixtures'

test.describe('the page cannot reach Node or Electron', () => {
  test('require, process, module and ipcRenderer are not reachable from page scripts', async ({ appPage }) => {
    const reachable = await appPage.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      module: typeof (globalThis as Record<string, unknown>).module,
      ipcRenderer: typeof (globalThis as Record<string, unknown>).ipcRenderer,
      electron: typeof (globalThis as Record<string, unknown>).electron
    }))
    expect(reachable).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', ipcRenderer: 'undefined', electron: 'undefined' })
  })

  test('the only bridge is the typed API with exactly the contract methods (absent in the web edition)', async ({ appPage, target }) => {
    const keys = await appPage.evaluate(() => {
      const desktop = (globalThis as Record<string, unknown>).desktop
      return desktop ? Object.keys(desktop as object).sort() : null
    })
    expect(keys).toEqual(target === 'electron' ? [...Object.keys(API_METHODS), 'onMenuCommand'].sort() : null)
  })
})
