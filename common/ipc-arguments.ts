// The zod schemas of the IPC arguments that are more than a primitive: main validates every call with
// them (main/ipc/argument-schemas.ts) and the contract derives their types, so each shape is written
// once. Main-only at runtime: the renderer and the preload import these types with `import type`.
import { z } from 'zod'
import { TEXT_FILE_FORMATS } from './vocabulary'

const MAX_EXPORT_BYTES = 5 * 1024 * 1024

/** A file name only: the user picks the folder in the save dialog. */
export const FileNameSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[^/\\:*?"<>|\0]+$/, 'a file name, not a path')

export const TextFileRequestSchema = z.strictObject({
  suggestedName: FileNameSchema,
  content: z.string().max(MAX_EXPORT_BYTES),
  /** Used for the save dialog's file-type filter. */
  format: z.enum(TEXT_FILE_FORMATS)
})

export type TextFileRequest = z.infer<typeof TextFileRequestSchema>
