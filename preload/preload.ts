// The preload: exposes only the contract's named methods to the page (security checklist #20).
// It imports plain 'electron': a sandboxed preload's require() knows only a few module names.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { BOOT_PREFERENCES_GLOBAL, parseBootArgument } from '../common/boot-preferences'
import { DESKTOP_API_GLOBAL, MENU_COMMAND_CHANNEL, type MenuCommand } from '../common/ipc-contract'
import { createDesktopApi } from './desktop-api'

contextBridge.exposeInMainWorld(
  DESKTOP_API_GLOBAL,
  createDesktopApi(
    (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    (listener) => {
      // The page gets the command only, never the IPC event (which would expose the sender).
      const forward = (_event: IpcRendererEvent, command: MenuCommand) => listener(command)
      ipcRenderer.on(MENU_COMMAND_CHANNEL, forward)
      return () => void ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward)
    }
  )
)

// Data only: the saved language and theme main passed on the command line, for the boot script.
const boot = parseBootArgument(process.argv)
if (boot) contextBridge.exposeInMainWorld(BOOT_PREFERENCES_GLOBAL, Object.freeze({ ...boot }))
