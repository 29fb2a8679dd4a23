// Remembers the window's size and position between runs; a saved position that is no longer on any
// screen (a monitor was unplugged) is ignored, so the window never opens out of sight.
import { z } from 'zod'
import type { FsPort } from './fs-port'

const BoundsSchema = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
  maximized: z.boolean()
})
export type WindowBounds = z.infer<typeof BoundsSchema>
export interface Area {
  x: number
  y: number
  width: number
  height: number
}

const overlaps = (a: Area, b: Area) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** The saved bounds if they are valid and at least partly on a screen, otherwise null. */
export function restoreBounds(saved: unknown, screens: Area[]): WindowBounds | null {
  const parsed = BoundsSchema.safeParse(saved)
  if (!parsed.success) return null
  return screens.some((screen) => overlaps(parsed.data, screen)) ? parsed.data : null
}

export interface WindowStateFile {
  read(): Promise<unknown>
  write(bounds: WindowBounds): Promise<void>
}

/** The window state kept as JSON at `path`; `read` rejects when there is none or it is not JSON. */
export const createWindowStateFile = (path: string, fs: Pick<FsPort, 'readFile' | 'writeFile'>): WindowStateFile => ({
  read: async () => JSON.parse(await fs.readFile(path, 'utf8')) as unknown,
  write: (bounds) => fs.writeFile(path, JSON.stringify(bounds))
})
