// Composition root: the only file that touches the real Electron modules; everything else is injected.
import { mkdir, open, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell } from 'electron'
import electronLog from 'electron-log/main'
import bundledDataset from 'virtual:dataset'
import { languageForLocale } from '../common/vocabulary'
import { startApp } from './app'
import { APP_SCHEME } from './app-origin'
import { validateBundledDataset } from './bundled-dataset'
import { sendMenuCommand } from './ipc/menu-commands'
import packKeys from './trust/pack-keys.json'
import { createDatasetState } from './services/dataset-state'
import { trustKeys } from './services/data-packs'
import { createLinkOpener } from './services/external-links'
import { createLogger } from './services/logger'
import { createMenuController } from './services/menu-controller'
import { createPdfSaver } from './services/pdf-saver'
import { readPackFile } from './services/read-pack-file'
import { createSettingsFile } from './services/settings-file'
import type { FsPort } from './services/fs-port'
import { createTextFileSaver } from './services/text-file-saver'
import { createWindowStateFile } from './services/window-state'
import { startupMessage } from './startup-messages'

// Must run before `ready`: app:// behaves like https (secure, standard), never bypassing CSP (#18).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } }])

// A packaged app has no console: the log goes to <userData>/logs/main.log too, rotated at 1 MB.
electronLog.transports.file.resolvePathFn = () => join(app.getPath('userData'), 'logs', 'main.log')
electronLog.transports.file.maxSize = 1024 * 1024
const log = createLogger((line) => electronLog.info(line), app.getPath('home'))
const loaded = validateBundledDataset(bundledDataset)
if (!loaded.ok) {
  log(loaded.message)
  // A packaged app has no console: say it in a box (allowed before \`ready\`), then close.
  const { title, text } = startupMessage(languageForLocale(app.getLocale()), 'invalidData', loaded.message)
  dialog.showErrorBox(title, text)
  app.exit(1)
} else {
  const fs: FsPort = { readFile, writeFile, rename, mkdir, stat, open }
  const datasets = createDatasetState(loaded.dataset, trustKeys(packKeys.keys), join(app.getPath('userData'), 'data-packs'), fs, log)
  const settingsFile = createSettingsFile(join(app.getPath('userData'), 'settings.json'), fs, () => new Date(), log)
  startApp({
    app,
    ipcMain,
    protocol,
    get session() {
      return session.defaultSession
    },
    createWindow: (options) => new BrowserWindow(options),
    rendererDir: join(__dirname, '..', 'renderer'),
    preloadPath: join(__dirname, '..', 'preload', 'preload.js'),
    readFile,
    datasets,
    windowState: createWindowStateFile(join(app.getPath('userData'), 'window-state.json'), fs),
    screens: () => screen.getAllDisplays().map((display) => display.workArea),
    systemLanguage: () => languageForLocale(app.getLocale()),
    systemPrefersDark: () => nativeTheme.shouldUseDarkColors,
    showError: (title, text) => dialog.showErrorBox(title, text),
    createMenu: (currentWindow, initial) =>
      createMenuController(
        {
          platform: process.platform,
          canImportPacks: packKeys.keys.length > 0,
          setMenu: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
          // The window open now, not the first one: on macOS the window can be closed and reopened.
          send: (command) => {
            const window = currentWindow()
            if (window) sendMenuCommand(window.webContents, command)
          },
          chooseFile: async () => {
            const options = { properties: ['openFile' as const], filters: [{ name: 'Data pack', extensions: ['json'] }] }
            const parent = currentWindow()
            const result = await (parent ? dialog.showOpenDialog(parent as BrowserWindow, options) : dialog.showOpenDialog(options))
            return result.canceled ? null : (result.filePaths[0] ?? null)
          },
          readPackFile: (path) => readPackFile(path, fs),
          importPack: (path) => datasets.importPack(path),
          showMessage: async (title, detail) => {
            const options = { type: 'info' as const, title, message: title, detail }
            const parent = currentWindow()
            await (parent ? dialog.showMessageBox(parent as BrowserWindow, options) : dialog.showMessageBox(options))
          },
          aboutFacts: () => ({
            app: app.getVersion(),
            electron: process.versions.electron ?? '',
            dataset: datasets.current().dataset,
            origin: datasets.current().signer ?? 'bundled'
          })
        },
        initial
      ),
    createPdfSaver: (window) =>
      createPdfSaver(
        () => (options) => window.webContents.printToPDF(options),
        (options) => dialog.showSaveDialog(window as BrowserWindow, options),
        fs,
        () => app.getPath('documents')
      ),
    services: {
      loadSettings: () => settingsFile.load(),
      saveSettings: (settings) => settingsFile.save(settings),
      saveTextFile: createTextFileSaver(
        // Parented to the window asking, so the dialog is a sheet on macOS and stays on top elsewhere.
        (options) => {
          const parent = BrowserWindow.getFocusedWindow()
          return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options)
        },
        fs,
        () => app.getPath('documents')
      ),
      openLink: createLinkOpener(
        () => datasets.current().dataset,
        (url) => shell.openExternal(url),
        log
      )
    },
    appInfo: {
      appVersion: app.getVersion(),
      electronVersion: process.versions.electron ?? null,
      platform: process.platform,
      trustedPackKeys: packKeys.keys.length
    },
    devTools: !app.isPackaged,
    platform: process.platform,
    log
  })
}
