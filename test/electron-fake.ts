// Stands in for the 'electron' module in unit tests: the real one tries to download its binary when
// imported. Logic modules take Electron objects as arguments, so nothing here should ever be called.
const refuse = (name: string) => () => {
  throw new Error(`electron.${name} is not available in unit tests: inject a fake instead`)
}

export const app = new Proxy({}, { get: (_t, name) => refuse(`app.${String(name)}`) })
export const contextBridge = { exposeInMainWorld: refuse('contextBridge.exposeInMainWorld') }
export const ipcRenderer = { invoke: refuse('ipcRenderer.invoke') }
export const ipcMain = { handle: refuse('ipcMain.handle') }
export default { app, contextBridge, ipcRenderer, ipcMain }
