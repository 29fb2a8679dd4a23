// The one file-system port of main's services: index.ts passes node:fs/promises, tests an in-memory
// or fake one. Each service asks for the calls it makes (a Pick), so its needs are visible in its type.
import type { FileHandle } from 'node:fs/promises'

export interface FsPort {
  readFile(path: string, encoding: 'utf8'): Promise<string>
  /** A string is written as UTF-8; bytes (a PDF) as they are. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>
  rename(from: string, to: string): Promise<void>
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
  stat(path: string): Promise<{ isFile(): boolean; size: number }>
  open(path: string, flags: number): Promise<Pick<FileHandle, 'stat' | 'read' | 'close'>>
}

/** What keeping files in the user-data folder takes (settings, stored data packs, window state). */
export type StorageFs = Pick<FsPort, 'readFile' | 'writeFile' | 'rename' | 'mkdir'>
