// The file-system calls the services that keep files in the user-data folder need (the settings file,
// stored data packs): a port, so index.ts passes node:fs/promises and tests an in-memory one.
export interface StorageFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>
  writeFile(path: string, data: string, encoding: 'utf8'): Promise<void>
  rename(from: string, to: string): Promise<void>
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
}
