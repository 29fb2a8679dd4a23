// `npm run data:pack -- --key <private-key.pem> --signer <key id>`: builds a signed data pack from
// data/ into out/packs/. The private key is the maintainer's and is never committed.
import { createPrivateKey } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { signPack } from '../main/services/data-packs'
import { loadValidDataset } from './dataset-module'

const { values } = parseArgs({ options: { key: { type: 'string' }, signer: { type: 'string' }, out: { type: 'string', default: join('out', 'packs') } } })
if (!values.key || !values.signer) {
  console.log('usage: npm run data:pack -- --key <private-key.pem> --signer <key id listed in data/pack-keys.json>')
  process.exit(2)
}
const dataset = loadValidDataset()
const pack = signPack(dataset, values.signer, createPrivateKey(readFileSync(values.key)), new Date())
mkdirSync(values.out!, { recursive: true })
const file = join(values.out!, `messenger-privacy-data-${dataset.version}.json`)
writeFileSync(file, pack)
console.log(`data:pack: ${file} (dataset ${dataset.version} of ${dataset.date}, signed by ${values.signer}, ${Buffer.byteLength(pack)} bytes)`)
