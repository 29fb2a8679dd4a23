// For tests: throwaway copies of data/, edited to break one rule, and the errors data:check finds in them.
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment -- as in *.test.ts: tests edit any JSON, to break it */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatProblem } from '../problems'
import { loadDataDirectory, todayIso } from '../read-directory'

export const DATA_DIR = join(import.meta.dirname, '..', '..', '..', 'data')
export const TODAY = todayIso()
const copies: string[] = []

export function brokenCopy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'mp-data-'))
  copies.push(dir)
  cpSync(DATA_DIR, dir, { recursive: true, filter: (src) => !/\.(ts|md)$/.test(src) })
  edit(dir)
  return dir
}

/** For `afterEach`: deletes every copy made since the last call. */
export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true })
}

export function editJson(dir: string, file: string, edit: (json: any) => void): void {
  const path = join(dir, file)
  const json = JSON.parse(readFileSync(path, 'utf8'))
  edit(json)
  writeFileSync(path, JSON.stringify(json, null, 2))
}

export const errorsOf = (dir: string): string[] =>
  loadDataDirectory(dir, TODAY)
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem)
