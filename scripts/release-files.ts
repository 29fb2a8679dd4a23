// `npm run build` (last step): the web edition as one archive beside the portable file, and
// SHA256SUMS for both, so a copy passed on by USB stick or chat can be checked (`npm run verify`).
// The archive is reproducible: sorted entries, fixed times and owners, so the same build gives the same sum.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { create } from 'tar'

export const RELEASE_DIR = join('out', 'portable')
export const SUMS_FILE = 'SHA256SUMS'
const WEB_DIR = join('out', 'renderer')

export const sha256File = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort()
}

/** `<hex>  <name>` lines, the format `sha256sum -c` reads. */
export function sumsText(files: string[]): string {
  return files.map((file) => `${sha256File(join(RELEASE_DIR, file))}  ${file}`).join('\n') + '\n'
}

export async function writeReleaseFiles(version: string): Promise<string[]> {
  const archive = `messenger-privacy-web-${version}.tar.gz`
  await create(
    {
      gzip: { level: 9 },
      file: join(RELEASE_DIR, archive),
      cwd: WEB_DIR,
      portable: true,
      noMtime: false,
      mtime: new Date('2000-01-01T00:00:00Z')
    },
    filesUnder(WEB_DIR).map((file) => relative(WEB_DIR, file))
  )
  const released = [`messenger-privacy-${version}.html`, archive]
  writeFileSync(join(RELEASE_DIR, SUMS_FILE), sumsText(released))
  return released
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
  const released = await writeReleaseFiles(version)
  console.log(`release files: ${released.join(', ')} and ${SUMS_FILE} in ${RELEASE_DIR}/`)
}
