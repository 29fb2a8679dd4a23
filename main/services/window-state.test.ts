import { describe, expect, it } from 'vitest'
import { restoreBounds } from './window-state'

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
