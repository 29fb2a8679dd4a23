// Runtime validation of every IPC argument list: the renderer is untrusted (checklist #17).
import { z } from 'zod'
import type { Channel, ChannelArgs } from '../../common/ipc-contract'
import { SettingsSchema } from '../../common/settings'
import { MAX_PACK_BYTES } from '../services/data-packs'

const MAX_EXPORT_BYTES = 5 * 1024 * 1024

// A file name only: the user picks the folder in the save dialog.
const FileNameSchema = z.string().min(1).max(120).regex(/^[^/\\:*?"<>|\0]+$/, 'a file name, not a path')

const TextFileRequestSchema = z.strictObject({
  suggestedName: FileNameSchema,
  content: z.string().max(MAX_EXPORT_BYTES),
  format: z.enum(['markdown', 'csv', 'json', 'text'])
})

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
