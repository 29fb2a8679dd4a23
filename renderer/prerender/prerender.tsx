// Build time only (run in Node by the Vite config): renders the first screen to HTML in each
// language, so the comparison is painted before any script runs; the browser then hydrates it.
import { renderToString } from 'react-dom/server'
import type { AppInfo } from '../../common/ipc-contract'
import type { Dataset, Language } from '../../common/dataset/schema'
import type { Platform } from '../bridge/platform'
import { AppRoot } from '../components/app/AppRoot'
import { createI18n } from '../i18n/i18n'
import { createDataStore } from '../store/data-store'
import { createPreferencesStore } from '../store/preferences-store'

export function prerenderFirstScreen(dataset: Dataset, appInfo: AppInfo, language: Language): string {
  const refuse = () => Promise.reject(new Error('not available while prerendering'))
  const platform: Platform = {
    getAppInfo: async () => appInfo,
    getDataset: async () => ({ dataset, origin: 'bundled', signer: null }),
    loadSettings: async () => ({ settings: null, notice: null }),
    saveSettings: refuse,
    saveTextFile: refuse,
    openLink: refuse,
    importDataPack: refuse,
    revertToBundledData: refuse,
    saveHandoutPdf: refuse,
    setFullScreen: refuse,
    onMenuCommand: () => () => undefined
  }
  const data = createDataStore({ dataset, origin: 'bundled', signer: null, appInfo })
  const preferences = createPreferencesStore(language, platform)
  return renderToString(<AppRoot platform={platform} data={data} preferences={preferences} i18n={createI18n(language)} />)
}
