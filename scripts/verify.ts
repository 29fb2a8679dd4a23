// `npm run verify -- <file> [--sums <SHA256SUMS>]`: is this copy exactly one the build released?
// Compares the file's SHA-256 with the SHA256SUMS beside it (or the one given). Exit 0 only on a match.
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { sha256File, SUMS_FILE } from './release-files'

export type Verdict = { ok: true; name: string } | { ok: false; reason: string }

export function verifyFile(file: string, sumsPath: string): Verdict {
  if (!existsSync(file)) return { ok: false, reason: `${file}: no such file` }
  if (!existsSync(sumsPath)) return { ok: false, reason: `${sumsPath}: no checksum file` }
  const actual = sha256File(file)
  const lines = readFileSync(sumsPath, 'utf8').split('\n').filter(Boolean)
  const entries = lines.map((line) => line.match(/^([0-9a-f]{64}) [ *](.+)$/)).filter((m) => m !== null)
  const byName = entries.find((m) => m[2] === basename(file))
  if (byName)
    return byName[1] === actual
      ? { ok: true, name: byName[2]! }
      : { ok: false, reason: `${basename(file)}: SHA-256 differs from ${sumsPath}: this copy was altered or is another build` }
  // A renamed copy (chat apps rename attachments) still matches by content.
  const byContent = entries.find((m) => m[1] === actual)
  return byContent
    ? { ok: true, name: byContent[2]! }
    : { ok: false, reason: `${basename(file)}: not listed in ${sumsPath}, and its SHA-256 matches no released file` }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { sums: { type: 'string' } } })
  const file = positionals[0]
  if (!file) {
    console.log('usage: npm run verify -- <file> [--sums <SHA256SUMS>]')
    process.exit(2)
  }
  const sums =
    values.sums ?? (existsSync(join(dirname(file), SUMS_FILE)) ? join(dirname(file), SUMS_FILE) : join('out', 'portable', SUMS_FILE))
  const verdict = verifyFile(file, sums)
  console.log(verdict.ok ? `OK: ${file} is the released ${verdict.name} (SHA-256 ${sha256File(file)})` : `NOT VERIFIED: ${verdict.reason}`)
  process.exitCode = verdict.ok ? 0 : 1
}
