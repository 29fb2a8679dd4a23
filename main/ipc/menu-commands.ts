// The one push channel, main → page: application-menu commands, typed by the contract.
import type { WebContents } from 'electron'
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../common/ipc-contract'

/** Equivalent of GitHub Desktop's typed `webContents.send` wrapper: only a MenuCommand can be pushed. */
export function sendMenuCommand(contents: Pick<WebContents, 'send'>, command: MenuCommand): void {
  contents.send(MENU_COMMAND_CHANNEL, command)
}
