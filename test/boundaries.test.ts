// The folder tree is the architecture: these checks keep each process to what it may import.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** Value imports only: `import type` is erased at build time and costs the page nothing. */
function valueImports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8')
  return [...text.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!)
}

describe('import boundaries', () => {
  const rendererFiles = sourceFiles('renderer')

  it('the renderer never imports Node, Electron, the main process or the schema library', () => {
    const offenders = rendererFiles.flatMap((file) =>
      valueImports(file)
        .filter((spec) =>
          /^(node:|electron|zod|fs$|path$)|\/main\/|dataset\/schema$|dataset\/(assemble|read-directory|check-dataset)$/.test(spec)
        )
        .map((spec) => `${relative(ROOT, join(ROOT, file))} imports ${spec}`)
    )
    expect(offenders).toEqual([])
  })

  it('only main/index.ts and preload/preload.ts import Electron at runtime; the rest take it as arguments', () => {
    const electronUsers = ['main', 'preload']
      .flatMap(sourceFiles)
      .filter((file) => valueImports(file).some((spec) => spec.startsWith('electron')))
    expect(electronUsers.sort()).toEqual([join('main', 'index.ts'), join('preload', 'preload.ts')])
  })

  it('the shared contract has no runtime dependencies', () => {
    expect(valueImports(join('common', 'ipc-contract.ts'))).toEqual([])
  })
})
