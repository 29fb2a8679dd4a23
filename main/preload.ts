// The preload: exposes only the contract's named methods to the page (security checklist #20).
import { contextBridge, ipcRenderer } from 'electron/renderer'
import { DESKTOP_API_GLOBAL } from '../common/ipc-contract'
import { createDesktopApi } from './desktop-api'

contextBridge.exposeInMainWorld(
  DESKTOP_API_GLOBAL,
  createDesktopApi((channel, ...args) => ipcRenderer.invoke(channel, ...args))
)
