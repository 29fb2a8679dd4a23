// Finds an Electron binary without downloading one: ELECTRON_OVERRIDE_DIST_PATH (the variable Electron
// itself honours), ELECTRON_PATH, or one already installed in node_modules.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const EXECUTABLE: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe'
}

export function findElectronBinary(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string | null {
  const executable = EXECUTABLE[process.platform] ?? 'electron'
  const candidates = [
    env.ELECTRON_PATH,
    env.ELECTRON_OVERRIDE_DIST_PATH && join(env.ELECTRON_OVERRIDE_DIST_PATH, executable),
    (() => {
      const pathFile = join(root, 'node_modules', 'electron', 'path.txt')
      return existsSync(pathFile) ? join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim()) : undefined
    })()
  ]
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate)) ?? null
}

export const NO_ELECTRON_MESSAGE =
  'electron project skipped: no Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH to an Electron 45 folder to run it)'
