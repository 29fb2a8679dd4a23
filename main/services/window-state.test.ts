import { describe, expect, it } from 'vitest'
import { memoryFs } from '../../test/fixtures/memory-fs'
import { createWindowStateFile, restoreBounds } from './window-state'

const screens = [{ x: 0, y: 0, width: 1920, height: 1080 }]

describe('restoring the window', () => {
  it('uses saved bounds that are on a screen', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800, maximized: false }
    expect(restoreBounds(saved, screens)).toEqual(saved)
  })

  it('ignores bounds on a screen that is gone, and anything malformed', () => {
    expect(restoreBounds({ x: 3000, y: 0, width: 1200, height: 800, maximized: false }, screens)).toBeNull()
    expect(restoreBounds({ x: 0, y: 0, width: 50, height: 800, maximized: false }, screens)).toBeNull()
    expect(restoreBounds('{corrupt', screens)).toBeNull()
    expect(restoreBounds(null, screens)).toBeNull()
  })
})

describe('the window state file', () => {
  it('reads back the bounds it wrote, and fails to read when there is no file yet', async () => {
    const { fs, data } = memoryFs()
    const file = createWindowStateFile('/user/window-state.json', fs)
    await expect(file.read()).rejects.toThrow()
    const bounds = { x: 100, y: 80, width: 1200, height: 800, maximized: true }
    await file.write(bounds)
    expect(JSON.parse(data.get('/user/window-state.json')!)).toEqual(bounds)
    expect(await file.read()).toEqual(bounds)
  })
})
