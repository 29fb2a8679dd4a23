// Registers one handler per contract channel; each checks the sender and validates its arguments.
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import type { Channel, ChannelArgs, ChannelResult } from '../../common/ipc-contract'
import type { Log } from '../security'
import { ARGUMENT_SCHEMAS } from './argument-schemas'
import type { SenderEvent } from './trusted-sender'

export type Handlers = {
  [C in Channel]: (...args: ChannelArgs<C>) => ChannelResult<C> | Promise<ChannelResult<C>>
}

type Handle = (channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown) => void

/** Thrown back to the renderer (as a rejected promise) when a call is refused. */
export class IpcRefusedError extends Error {
  override name = 'IpcRefusedError'
}

/** Equivalent of GitHub Desktop's typed `ipcMain.handle` wrapper; a missing handler is a compile error. */
export function registerHandlers(
  ipc: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrusted: (event: SenderEvent) => boolean,
  log: Log
): void {
  const handle = ipc.handle.bind(ipc) as Handle
  for (const channel of Object.keys(ARGUMENT_SCHEMAS) as Channel[]) {
    handle(channel, async (event, ...args) => {
      if (!isTrusted(event)) {
        log(`refused IPC "${channel}" from an untrusted sender`)
        throw new IpcRefusedError(`"${channel}" refused: untrusted sender`)
      }
      const parsed = ARGUMENT_SCHEMAS[channel].safeParse(args)
      if (!parsed.success) {
        log(`refused IPC "${channel}": invalid arguments`)
        throw new IpcRefusedError(`"${channel}" refused: invalid arguments (${parsed.error.issues.map((i) => i.message).join('; ')})`)
      }
      const handler = handlers[channel] as (...a: unknown[]) => unknown
      return handler(...(parsed.data as unknown[]))
    })
  }
}
