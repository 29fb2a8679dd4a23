// Carries out the application menu's commands (desktop only; the web edition has no menu).
import { useEffect, useEffectEvent } from 'react'
import type { MenuCommand } from '../../common/ipc-contract'
import type { Platform } from '../bridge/platform'

type Handlers = { [T in MenuCommand['type']]: (command: Extract<MenuCommand, { type: T }>) => void }

export function useMenuCommands(platform: Platform, handlers: Handlers): void {
  // An effect event always sees the latest handlers without re-subscribing on every render.
  const handle = useEffectEvent((command: MenuCommand) => (handlers[command.type] as (command: MenuCommand) => void)(command))
  useEffect(() => platform.onMenuCommand((command) => handle(command)), [platform])
}
