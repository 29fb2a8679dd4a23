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
    expect(reachable).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: 'undefined',
      electron: 'undefined'
    })
  })

  test('the only bridge is the typed API with exactly the contract methods (absent in the web edition)', async ({ appPage, target }) => {
    const keys = await appPage.evaluate(() => {
      const desktop = (globalThis as Record<string, unknown>).desktop
      return desktop ? Object.keys(desktop).sort() : null
    })
    expect(keys).toEqual(target === 'electron' ? [...Object.keys(API_METHODS), 'onMenuCommand'].sort() : null)
    // Besides it, at most a frozen data object for the first paint: no functions.
    const boot = await appPage.evaluate(() => {
      const value = (globalThis as Record<string, unknown>).messengerPrivacyBoot
      return value
        ? { keys: Object.keys(value).sort(), functions: Object.values(value).filter((v) => typeof v === 'function').length }
        : null
    })
    expect(boot).toEqual(target === 'electron' ? { keys: ['language', 'theme'], functions: 0 } : null)
  })

  test("a script injected into the page does not run: the Content-Security-Policy allows only the app's own files", async ({ appPage }) => {
    const ran = await appPage.evaluate(async () => {
      const inline = document.createElement('script')
      inline.textContent = 'window.__injectedInline = true'
      document.head.append(inline)
      const handler = document.createElement('img')
      handler.setAttribute('onerror', 'window.__injectedHandler = true')
      handler.src = 'data:,not-an-image'
      document.body.append(handler)
      await new Promise((resolve) => setTimeout(resolve, 200))
      const w = window as unknown as Record<string, unknown>
      return { inline: w.__injectedInline === true, handler: w.__injectedHandler === true }
    })
    expect(ran).toEqual({ inline: false, handler: false })
  })
})
