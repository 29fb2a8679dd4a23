import { describe, expect, it, vi } from 'vitest'
import { MENU_COMMAND_CHANNEL } from '../../common/ipc-contract'
import { sendMenuCommand } from './menu-commands'

describe('menu commands', () => {
  it('reach the page on the one menu channel', () => {
    const contents = { send: vi.fn() }
    sendMenuCommand(contents, { type: 'set-theme', theme: 'dark' })
    expect(contents.send).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, { type: 'set-theme', theme: 'dark' })
  })
})
