// `npm run data:revoke -- --key <private-key.pem> --revoke <fingerprint> [--revoke …]`: builds a signed
// key revocation list into out/packs/. It is imported like a data pack; from then on the app no
// longer trusts the listed keys. Sign it with a key that is not being revoked.
import { createPrivateKey } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { KEY_ID_PATTERN } from '../main/services/data-packs'
import { signRevocation } from './pack-signing'

const { values } = parseArgs({
  options: { key: { type: 'string' }, revoke: { type: 'string', multiple: true }, out: { type: 'string', default: join('out', 'packs') } }
})
const revoked = values.revoke ?? []
if (!values.key || revoked.length === 0 || revoked.some((id) => !KEY_ID_PATTERN.test(id))) {
  console.log('usage: npm run data:revoke -- --key <private-key.pem> --revoke <32-hex fingerprint> [--revoke …]')
  process.exit(2)
}
const list = signRevocation(revoked, createPrivateKey(readFileSync(values.key)), new Date())
mkdirSync(values.out, { recursive: true })
const file = join(values.out, `messenger-privacy-key-revocation-${new Date().toISOString().slice(0, 10)}.json`)
writeFileSync(file, list)
console.log(`data:revoke: ${file} revokes ${revoked.join(', ')}`)
