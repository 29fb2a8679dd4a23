// The lint rules really enforce the process boundaries: a deliberate violation, written into the
// tree for the duration of the test, must fail ESLint with the boundary's own message.
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..')
const probes: string[] = []
const eslint = new ESLint({ cwd: ROOT })

async function messagesFor(file: string, code: string): Promise<string[]> {
  const path = join(ROOT, file)
  probes.push(path)
  writeFileSync(path, code)
  const [result] = await eslint.lintFiles([path])
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

afterAll(() => {
  for (const path of probes) rmSync(path, { force: true })
})

describe('ESLint boundary rules', { timeout: 60_000 }, () => {
  it('fails a renderer file that imports node:fs, Electron or main', async () => {
    const messages = await messagesFor(
      'renderer/lint-probe-renderer.ts',
      "import { readFileSync } from 'node:fs'\nimport { app } from 'electron'\nimport { startApp } from '../main/app'\nexport const probe = [readFileSync, app, startApp]\n"
    )
    expect(messages.join('\n')).toContain('The renderer runs in a sandboxed page: no Node modules.')
    expect(messages.join('\n')).toContain('The renderer never imports Electron')
    expect(messages.join('\n')).toContain('The renderer never imports main, the preload or build scripts.')
  })

  it('lets the renderer import zod types but not zod itself', async () => {
    const typeOnly = await messagesFor('renderer/lint-probe-types.ts', "import type { z } from 'zod'\nexport type Probe = z.ZodType\n")
    expect(typeOnly.filter((m) => m.startsWith('@typescript-eslint/no-restricted-imports'))).toEqual([])
    const value = await messagesFor('renderer/lint-probe-zod.ts', "import { z } from 'zod'\nexport const probe = z.string()\n")
    expect(value.join('\n')).toContain('Keep zod out of the renderer bundle')
  })

  it('fails raw IPC outside main/ipc, and main importing the renderer', async () => {
    const messages = await messagesFor(
      'main/lint-probe-main.ts',
      "import type { BrowserWindow } from 'electron'\nimport { ipcMain } from 'electron'\nimport { App } from '../renderer/components/app/App'\nexport const probe = (w: BrowserWindow) => { w.webContents.send('x'); return [ipcMain, App] }\n"
    )
    expect(messages.join('\n')).toContain('Raw IPC lives only in main/ipc and the preload.')
    expect(messages.join('\n')).toContain('webContents.send only inside main/ipc')
    expect(messages.join('\n')).toContain('Main and common code never import the renderer or the preload.')
  })
})
