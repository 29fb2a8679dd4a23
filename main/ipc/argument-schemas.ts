// Runtime validation of every IPC argument list: the renderer is untrusted (checklist #17).
import { z } from 'zod'
import type { Channel, ChannelArgs } from '../../common/ipc-contract'

export const ARGUMENT_SCHEMAS: { [C in Channel]: z.ZodType<ChannelArgs<C>> } = {
  'app:get-info': z.tuple([]),
  'dataset:get': z.tuple([])
}
