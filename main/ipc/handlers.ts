// The handlers behind each channel, built from what they need (no Electron imports).
import type { AppInfo, DatasetInfo } from '../../common/ipc-contract'
import type { Handlers } from './register-handlers'

export interface HandlerDeps {
  appInfo: AppInfo
  getDataset: () => DatasetInfo
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app:get-info': () => deps.appInfo,
    'dataset:get': () => deps.getDataset()
  }
}
