// Carries out the application menu's commands (desktop only; the web edition has no menu).
import { useEffect, useRef } from 'react'
import type { MenuCommand } from '../../../common/ipc-contract'
import type { Platform } from '../../bridge/platform'

type Handlers = { [T in MenuCommand['type']]: (command: Extract<MenuCommand, { type: T }>) => void }

export function useMenuCommands(platform: Platform, handlers: Handlers): void {
  const latest = useRef(handlers)
  latest.current = handlers
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        const handle = latest.current[command.type] as (command: MenuCommand) => void
        handle(command)
      }),
    [platform]
  )
}
