// `npm run data:keygen -- --private <path outside the repository> --name "<who>"`:
// makes an Ed25519 key pair for signing data packs. Keep the private key offline; add the printed
// public entry to main/trust/pack-keys.json so the app trusts packs signed with it.
import { existsSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { keyFingerprint } from '../main/services/data-packs'
import { generateSigningKey } from './pack-signing'

const { values } = parseArgs({ options: { private: { type: 'string' }, name: { type: 'string' } } })
if (!values.private || !values.name) {
  console.log('usage: npm run data:keygen -- --private <path outside the repository> --name "<who>"')
  process.exit(2)
}
if (resolve(values.private).startsWith(resolve('.'))) {
  console.log('refusing to write a private key inside the repository')
  process.exit(2)
}
if (existsSync(values.private)) {
  console.log(`${values.private} exists; not overwriting a key`)
  process.exit(2)
}
const { privateKey, entry } = generateSigningKey(values.name, { validFrom: new Date().toISOString() })
writeFileSync(values.private, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 })
console.log(
  `private key written to ${values.private} (fingerprint ${keyFingerprint(entry.publicKey)}); add this to "keys" in main/trust/pack-keys.json` +
    ` (set "validUntil" to retire it):\n${JSON.stringify(entry, null, 2)}`
)
