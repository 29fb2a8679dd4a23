// Signing data packs and key revocation lists with a maintainer's private key: used by
// `npm run data:keygen`, `data:pack` and `data:revoke`, and by tests to make packs with throwaway
// keys. It lives in scripts so the app's bundle holds verification only (main/services/data-packs.ts),
// and signs exactly the bytes that file verifies.
import { createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import type { Dataset } from '../common/dataset/schema'
import {
  keyFingerprint,
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  packSignedBytes,
  REVOCATION_FORMAT,
  REVOCATION_FORMAT_VERSION,
  revocationSignedBytes,
  type PackKey
} from '../main/services/data-packs'

const publicKeyBase64 = (privateKey: KeyObject) => createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64')
const fileText = (envelope: object) => `${JSON.stringify(envelope, null, 2)}\n`

/** A new Ed25519 signing key, and its entry for main/trust/pack-keys.json. */
export function generateSigningKey(
  name: string,
  validity: Pick<PackKey, 'validFrom' | 'validUntil'> = {}
): { privateKey: KeyObject; entry: PackKey } {
  const { privateKey } = generateKeyPairSync('ed25519')
  return { privateKey, entry: { name, publicKey: publicKeyBase64(privateKey), ...validity } }
}

export function signPack(dataset: Dataset, privateKey: KeyObject, createdAt: Date, expiresAt: Date): string {
  const header = JSON.stringify({
    signer: keyFingerprint(publicKeyBase64(privateKey)),
    createdAt: createdAt.toISOString(),
    expiresAt: expiresAt.toISOString(),
    datasetVersion: dataset.version
  })
  const payload = JSON.stringify(dataset)
  const signature = sign(null, packSignedBytes(header, payload), privateKey).toString('base64')
  return fileText({ format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, header, payload, signature })
}

export function signRevocation(revoked: string[], privateKey: KeyObject, createdAt: Date): string {
  const header = JSON.stringify({ signer: keyFingerprint(publicKeyBase64(privateKey)), createdAt: createdAt.toISOString(), revoked })
  const signature = sign(null, revocationSignedBytes(header), privateKey).toString('base64')
  return fileText({ format: REVOCATION_FORMAT, formatVersion: REVOCATION_FORMAT_VERSION, header, signature })
}
