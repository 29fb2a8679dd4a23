// `npm run data:pack -- --key <private-key.pem> [--expires-days 180]`: builds a signed data pack from
// data/ into out/packs/. The signer is the key's fingerprint; the private key is the maintainer's and
// is never committed. A pack expires: after that date the app refuses to import it.
import { createPrivateKey } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadValidDataset } from './dataset-module'
import { signPack } from './pack-signing'

const { values } = parseArgs({
  options: {
    key: { type: 'string' },
    'expires-days': { type: 'string', default: '180' },
    out: { type: 'string', default: join('out', 'packs') }
  }
})
const days = Number(values['expires-days'])
if (!values.key || !Number.isInteger(days) || days < 1 || days > 730) {
  console.log('usage: npm run data:pack -- --key <private-key.pem> [--expires-days 1–730, default 180]')
  process.exit(2)
}
const dataset = loadValidDataset()
const createdAt = new Date()
const expiresAt = new Date(createdAt.getTime() + days * 86_400_000)
const pack = signPack(dataset, createPrivateKey(readFileSync(values.key)), createdAt, expiresAt)
const { header } = JSON.parse(pack) as { header: string }
const { signer } = JSON.parse(header) as { signer: string }
mkdirSync(values.out, { recursive: true })
const file = join(values.out, `messenger-privacy-data-${dataset.version}.json`)
writeFileSync(file, pack)
console.log(
  `data:pack: ${file} (dataset ${dataset.version} of ${dataset.date}, signed by ${signer}, expires ${expiresAt.toISOString().slice(0, 10)}, ${Buffer.byteLength(pack)} bytes)`
)
