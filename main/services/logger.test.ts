import { describe, expect, it } from 'vitest'
import { createLogger } from './logger'

describe('the main-process log', () => {
  it('writes the home folder, which names the user, as ~', () => {
    const lines: string[] = []
    const log = createLogger((line) => lines.push(line), '/home/anna/')
    log('settings file could not be read (EPERM): old file kept as /home/anna/.config/Messenger Privacy/settings.json.corrupt-1')
    expect(lines).toEqual([
      '[main] settings file could not be read (EPERM): old file kept as ~/.config/Messenger Privacy/settings.json.corrupt-1'
    ])
  })

  it('redacts Windows home folders too', () => {
    const lines: string[] = []
    createLogger((line) => lines.push(line), 'C:\\Users\\Anna')('pack stored at C:\\Users\\Anna\\AppData\\Roaming\\x')
    expect(lines).toEqual(['[main] pack stored at ~\\AppData\\Roaming\\x'])
  })
})
