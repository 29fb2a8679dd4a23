// Builds the renderer-facing API from the contract: one named method per channel, nothing generic,
// plus the one subscription to application-menu commands.
import { API_METHODS, type ApiMethod, type Channel, type DesktopApi, type MenuCommand } from '../common/ipc-contract'

export type Invoke = (channel: Channel, ...args: unknown[]) => Promise<unknown>
export type SubscribeToMenu = (listener: (command: MenuCommand) => void) => () => void

/** Equivalent of Insomnia's per-domain preload objects, but derived from the contract so it cannot drift. */
export function createDesktopApi(invoke: Invoke, subscribeToMenu: SubscribeToMenu): DesktopApi {
  const api: Record<string, unknown> = {}
  for (const method of Object.keys(API_METHODS) as ApiMethod[]) {
    const channel = API_METHODS[method]
    api[method] = (...args: unknown[]) => invoke(channel, ...args)
  }
  api.onMenuCommand = subscribeToMenu
  return Object.freeze(api) as DesktopApi
}
