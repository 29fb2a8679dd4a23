// Runtime validation of every IPC argument list: the renderer is untrusted (checklist #17).
import { z } from 'zod'
import { FileNameSchema, TextFileRequestSchema } from '../../common/ipc-arguments'
import type { Channel, ChannelArgs } from '../../common/ipc-contract'
import { SettingsSchema } from '../../common/settings'
import { MAX_PACK_BYTES } from '../../common/vocabulary'

export const ARGUMENT_SCHEMAS: { [C in Channel]: z.ZodType<ChannelArgs<C>> } = {
  'app:get-info': z.tuple([]),
  'dataset:get': z.tuple([]),
  'settings:load': z.tuple([]),
  'settings:save': z.tuple([SettingsSchema]),
  'file:save-text': z.tuple([TextFileRequestSchema]),
  'link:open': z.tuple([z.string().max(2048)]),
  // The size is checked again, in bytes, by checkPack; this only bounds what is parsed at all.
  'pack:import': z.tuple([z.string().max(MAX_PACK_BYTES + 1)]),
  'pack:revert': z.tuple([]),
  'handout:save-pdf': z.tuple([FileNameSchema]),
  'window:set-full-screen': z.tuple([z.boolean()])
}
