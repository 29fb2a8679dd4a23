// The lint rules really enforce the process boundaries: a deliberate violation, written into the
// tree for the duration of the test, must fail ESLint with the boundary's own message.
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..')

// Every probe is written before the first lint: with CI=true, typescript-eslint infers a single run
// and builds its TypeScript program once, so a file written after that is "not found in any project".
const PROBES = {
  rendererImports: [
    'renderer/lint-probe-renderer.ts',
    "import { readFileSync } from 'node:fs'\nimport { app } from 'electron'\nimport { startApp } from '../main/app'\nimport { signPack } from '../scripts/pack-signing'\nexport const probe = [readFileSync, app, startApp, signPack]\n"
  ],
  zodTypes: ['renderer/lint-probe-types.ts', "import type { z } from 'zod'\nexport type Probe = z.ZodType\n"],
  zodValue: ['renderer/lint-probe-zod.ts', "import { z } from 'zod'\nexport const probe = z.string()\n"],
  rawIpc: [
    'main/lint-probe-main.ts',
    "import type { BrowserWindow } from 'electron'\nimport { ipcMain } from 'electron'\nimport { App } from '../renderer/components/app/App'\nimport { signPack } from '../scripts/pack-signing'\nexport const probe = (w: BrowserWindow) => { w.webContents.send('x'); return [ipcMain, App, signPack] }\n"
  ],
  ipcLayer: [
    'main/ipc/lint-probe-ipc.ts',
    "import type { BrowserWindow } from 'electron'\nimport { ipcMain } from 'electron'\nimport { App } from '../../renderer/components/app/App'\nimport { signPack } from '../../scripts/pack-signing'\nexport const probe = (w: BrowserWindow) => { w.webContents.send('x'); return [ipcMain, App, signPack] }\n"
  ],
  preloadScripts: ['preload/lint-probe-preload.ts', "import { signPack } from '../scripts/pack-signing'\nexport const probe = signPack\n"],
  commonScripts: ['common/lint-probe-common.ts', "import { signPack } from '../scripts/pack-signing'\nexport const probe = signPack\n"]
} as const satisfies Record<string, readonly [file: string, code: string]>

const NO_SCRIPTS = 'The app never imports scripts/: build and signing code stays out of it.'

const eslint = new ESLint({ cwd: ROOT })

async function messagesFor(probe: keyof typeof PROBES): Promise<string> {
  const [result] = await eslint.lintFiles([join(ROOT, PROBES[probe][0])])
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`).join('\n')
}

beforeAll(() => {
  for (const [file, code] of Object.values(PROBES)) writeFileSync(join(ROOT, file), code)
})
afterAll(() => {
  for (const [file] of Object.values(PROBES)) rmSync(join(ROOT, file), { force: true })
})

describe('ESLint boundary rules', { timeout: 60_000 }, () => {
  it('fails a renderer file that imports node:fs, Electron or main', async () => {
    const messages = await messagesFor('rendererImports')
    expect(messages).toContain('The renderer runs in a sandboxed page: no Node modules.')
    expect(messages).toContain('The renderer never imports Electron')
    expect(messages).toContain('The renderer never imports main or the preload.')
    expect(messages).toContain(NO_SCRIPTS)
  })

  it('lets the renderer import zod types but not zod itself', async () => {
    expect(await messagesFor('zodTypes')).not.toContain('no-restricted-imports')
    expect(await messagesFor('zodValue')).toContain('Keep zod out of the renderer bundle')
  })

  it('fails raw IPC outside main/ipc, and main importing the renderer or scripts', async () => {
    const messages = await messagesFor('rawIpc')
    expect(messages).toContain('Raw IPC lives only in main/ipc and the preload.')
    expect(messages).toContain('webContents.send only inside main/ipc')
    expect(messages).toContain('Main and common code never import the renderer or the preload.')
    expect(messages).toContain(NO_SCRIPTS)
  })

  it('lets main/ipc use raw IPC, but not import the renderer or scripts', async () => {
    const messages = await messagesFor('ipcLayer')
    expect(messages).not.toContain('Raw IPC lives only in main/ipc')
    expect(messages).not.toContain('webContents.send only inside main/ipc')
    expect(messages).toContain('Main and common code never import the renderer or the preload.')
    expect(messages).toContain(NO_SCRIPTS)
  })

  it('keeps the signing code in scripts/: the preload and common/ cannot import it', async () => {
    expect(await messagesFor('preloadScripts')).toContain(NO_SCRIPTS)
    expect(await messagesFor('commonScripts')).toContain(NO_SCRIPTS)
  })
})
