// The import dialog can be pointed at anything: only a regular file of bounded size is read.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPackFile } from './read-pack-file'

const dir = mkdtempSync(join(tmpdir(), 'mp-pack-file-'))
const fs = { stat, open }

describe('reading a chosen pack file', () => {
  it('reads a regular file', async () => {
    writeFileSync(join(dir, 'pack.json'), '{"format":"x"}')
    expect(await readPackFile(join(dir, 'pack.json'), fs)).toEqual({ ok: true, text: '{"format":"x"}' })
  })

  it('refuses a FIFO at once instead of waiting for a writer forever', async () => {
    const fifo = join(dir, 'pipe')
    execFileSync('mkfifo', [fifo])
    const started = Date.now()
    expect(await readPackFile(fifo, fs)).toMatchObject({ ok: false, reason: 'not-a-file' })
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('refuses /dev/zero, which would never end, and a folder', async () => {
    expect(await readPackFile('/dev/zero', fs)).toMatchObject({ ok: false, reason: 'not-a-file' })
    mkdirSync(join(dir, 'folder'))
    expect(await readPackFile(join(dir, 'folder'), fs)).toMatchObject({ ok: false, reason: 'not-a-file' })
  })

  it('refuses a file over the limit, even one that grew after it was measured', async () => {
    writeFileSync(join(dir, 'big.json'), 'x'.repeat(200))
    expect(await readPackFile(join(dir, 'big.json'), fs, 100)).toMatchObject({ ok: false, reason: 'too-large' })
    const growing = { stat: async () => ({ isFile: () => true, size: 10 }), open }
    expect(await readPackFile(join(dir, 'big.json'), growing, 100)).toMatchObject({ ok: false, reason: 'too-large' })
  })
})
