// Builds the renderer-facing API from the contract: one named method per channel, nothing generic.
import { API_METHODS, type ApiMethod, type Channel, type DesktopApi } from '../common/ipc-contract'

export type Invoke = (channel: Channel, ...args: unknown[]) => Promise<unknown>

/** Equivalent of Insomnia's per-domain preload objects, but derived from the contract so it cannot drift. */
export function createDesktopApi(invoke: Invoke): DesktopApi {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {}
  for (const method of Object.keys(API_METHODS) as ApiMethod[]) {
    const channel = API_METHODS[method]
    api[method] = (...args: unknown[]) => invoke(channel, ...args)
  }
  return Object.freeze(api) as DesktopApi
}
