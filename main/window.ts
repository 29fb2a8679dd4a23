// The main window's options: the secure webPreferences of the security checklist (#2–#4, #6, #8–#10).
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'
import { bootArgument, windowBackground, type BootPreferences } from '../common/boot-preferences'

export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Electron's spellchecker downloads dictionaries from Google's CDN; the app makes no requests.
    spellcheck: false,
    devTools
  }
}

export function mainWindowOptions(
  preloadPath: string,
  devTools: boolean,
  bounds: { x: number; y: number; width: number; height: number } | null = null,
  boot: BootPreferences & { systemPrefersDark: boolean } = { language: 'en', theme: 'system', systemPrefersDark: false }
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    ...bounds,
    minWidth: 760,
    minHeight: 520,
    show: false,
    // The page's own background for the saved theme, and the saved language and theme for the boot
    // script: the first paint is already right.
    backgroundColor: windowBackground(boot.theme, boot.systemPrefersDark),
    title: 'Messenger Privacy',
    webPreferences: { ...secureWebPreferences(preloadPath, devTools), additionalArguments: [bootArgument(boot)] }
  }
}
