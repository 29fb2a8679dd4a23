// Chooses the platform once at start-up; components never ask which one they run on.
import { DESKTOP_API_GLOBAL, type DesktopApi } from '../../common/ipc-contract'
import { createElectronPlatform } from './electron-platform'
import type { Platform } from './platform'
import { createWebPlatform } from './web-platform'

export function selectPlatform(win: Window): Platform {
  const desktop = (win as unknown as Record<string, DesktopApi | undefined>)[DESKTOP_API_GLOBAL]
  if (desktop) return createElectronPlatform(desktop)
  return createWebPlatform({
    document: win.document,
    storage: win.localStorage,
    globals: win as unknown as Record<string, unknown>,
    userAgent: win.navigator.userAgent,
    open: (url) => void win.open(url, '_blank', 'noopener,noreferrer'),
    createObjectUrl: (blob) => URL.createObjectURL(blob),
    revokeObjectUrl: (url) => URL.revokeObjectURL(url),
    print: () => win.print()
  })
}
