// Electron: every call goes through the preload's named methods to the main process.
import type { DesktopApi } from '../../common/ipc-contract'
import type { Platform } from './platform'

export const createElectronPlatform = (api: DesktopApi): Platform => api
