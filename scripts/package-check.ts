// `npm run package:check`: packages the app with electron-builder --dir, offline, using a placeholder
// Electron (the real one cannot be downloaded here), then checks that resources/app.asar holds only
// the built output. Fuses patch the real binary, so they are skipped here and asserted as
// configuration in test/packaging-config.test.ts; release machines package with the real Electron.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { listPackage } from '@electron/asar'
import { parse } from 'yaml'

const work = join('.tmp', 'package-check')
rmSync(work, { recursive: true, force: true })
mkdirSync(join(work, 'electron'), { recursive: true })
writeFileSync(join(work, 'electron', 'electron'), '#!/bin/sh\necho placeholder\n')
chmodSync(join(work, 'electron', 'electron'), 0o755)

const { devDependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> }
const { electronFuses: _fusesNeedTheRealBinary, ...config } = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>
const configFile = join(work, 'electron-builder.json')
writeFileSync(
  configFile,
  JSON.stringify({
    ...config,
    electronDist: join(work, 'electron'),
    electronVersion: devDependencies.electron,
    directories: { output: join(work, 'release') }
  })
)
const result = spawnSync('npx', ['electron-builder', '--dir', '--linux', '--publish', 'never', '--config', configFile], {
  encoding: 'utf8'
})
if (result.status !== 0) {
  console.log(result.stdout, result.stderr)
  console.log('package:check FAILED: electron-builder did not finish')
  process.exit(1)
}

const files = listPackage(join(work, 'release', 'linux-unpacked', 'resources', 'app.asar'), { isPack: false }).map((f) =>
  f.replaceAll('\\', '/')
)
const unexpected = files.filter((f) => !(f === '/package.json' || f === '/out' || f.startsWith('/out/')) || f.startsWith('/out/portable'))
const required = ['/package.json', '/out/main/index.js', '/out/preload/preload.js', '/out/renderer/index.html']
const missing = required.filter((f) => !files.includes(f))
for (const f of unexpected) console.log(`UNEXPECTED in app.asar: ${f}`)
for (const f of missing) console.log(`MISSING from app.asar: ${f}`)
console.log(
  `package:check ${unexpected.length + missing.length === 0 ? 'OK' : 'FAILED'}: app.asar holds ${files.length} entries, only the built output (${required.length} required files present)`
)
process.exitCode = unexpected.length + missing.length === 0 ? 0 : 1
