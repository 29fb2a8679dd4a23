// The web editions the bench measures, built into .tmp/bench/ (never out/, which other work may be
// using) from a snapshot of data/ taken when the bench starts, so edits made meanwhile cannot mix in:
// one edition from the snapshot, one from a generated 50 × 200 data directory made from it.
// MESSENGER_DATA_DIR (read by scripts/dataset-module.ts) points the build at a data directory.
import { spawnSync } from 'node:child_process'
import { cpSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { writeSyntheticData } from './synthetic-data'

export const BENCH_DIR = resolve('.tmp', 'bench')
export const SYNTHETIC_SIZE = { messengers: 50, criteria: 200 }

export interface Edition {
  label: string
  /** The built web edition (index.html and assets/). */
  dir: string
  /** The data directory it was built from. */
  dataDir: string
}

export const REAL: Edition = { label: 'real data', dir: resolve(BENCH_DIR, 'web'), dataDir: resolve(BENCH_DIR, 'data') }
export const SYNTHETIC: Edition = {
  label: `${SYNTHETIC_SIZE.messengers} × ${SYNTHETIC_SIZE.criteria}`,
  dir: resolve(BENCH_DIR, 'web-synthetic'),
  dataDir: resolve(BENCH_DIR, 'synthetic-data')
}

function build({ dir, dataDir }: Edition): void {
  const env = { ...process.env, MESSENGER_DATA_DIR: dataDir }
  const result = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--logLevel', 'error'], { stdio: 'inherit', env })
  if (result.status !== 0) throw new Error(`bench: building the web edition into ${dir} failed`)
}

export function buildEditions(): void {
  rmSync(REAL.dataDir, { recursive: true, force: true })
  cpSync(resolve('data'), REAL.dataDir, { recursive: true })
  build(REAL)
  writeSyntheticData(REAL.dataDir, SYNTHETIC.dataDir, SYNTHETIC_SIZE.messengers, SYNTHETIC_SIZE.criteria)
  build(SYNTHETIC)
}
