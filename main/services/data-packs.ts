// Signed data packs: a newer dataset passed around as one file (USB stick, messenger attachment).
// Format 2: the signature covers a domain-separation prefix (format and version), a header (signer
// fingerprint, creation and expiry times, dataset version) and the payload, so no field outside the
// signature can be changed. A pack is accepted only if a key bundled with the app signed it while the
// key was valid, it has not expired, its dataset passes exactly the build's checks, and it is newer
// than anything accepted before (the high-water mark is kept by dataset-state.ts). Verification only:
// signing, with the maintainer's private key, lives in scripts/pack-signing.ts, outside the app.
import { createHash, createPublicKey, verify } from 'node:crypto'
import { z } from 'zod'
import type { PackRejection } from '../../common/ipc-contract'
import { checkDataset } from '../../common/dataset/check-dataset'
import type { Dataset } from '../../common/dataset/schema'
import { MAX_PACK_BYTES, VERSION_PATTERN } from '../../common/vocabulary'

export const PACK_FORMAT = 'messenger-privacy-data-pack'
export const PACK_FORMAT_VERSION = 2
/** What is signed starts with this, so a signature made for anything else never verifies here. */
const SIGNING_DOMAIN = `${PACK_FORMAT}/v${PACK_FORMAT_VERSION}\n`

/** A key as listed in main/trust/pack-keys.json: its id is derived from the key, never chosen. */
export interface PackKey {
  name: string
  /** Ed25519 public key, SPKI DER, base64. */
  publicKey: string
  /** Packs created outside these dates (ISO) are refused: a retired or stolen key stops counting. */
  validFrom?: string
  validUntil?: string
}

export interface TrustedKey extends PackKey {
  /** SHA-256 fingerprint of the public key (hex, first 32 characters). */
  id: string
}

/** A key's id as keyFingerprint makes it: what a pack's header and a revocation list name keys by. */
export const KEY_ID_PATTERN = /^[0-9a-f]{32}$/
export const keyFingerprint = (publicKeyBase64: string) =>
  createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32)

export const trustKeys = (keys: PackKey[]): TrustedKey[] => keys.map((key) => ({ ...key, id: keyFingerprint(key.publicKey) }))

const EnvelopeSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  /** JSON of the header below; signed together with the payload. */
  header: z.string().min(2).max(2000),
  /** JSON of the dataset. */
  payload: z.string().min(2),
  signature: z.base64()
})

const HeaderSchema = z.strictObject({
  signer: z.string().regex(KEY_ID_PATTERN),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  datasetVersion: z.string().regex(VERSION_PATTERN)
})
export type PackHeader = z.infer<typeof HeaderSchema>

export type PackCheck =
  { ok: true; dataset: Dataset; signer: TrustedKey; header: PackHeader } | { ok: false; reason: PackRejection; detail: string }

const refuse = (reason: PackRejection, detail: string): PackCheck => ({ ok: false, reason, detail })
/** The exact bytes a pack's signature covers; scripts/pack-signing.ts signs these. */
export const packSignedBytes = (header: string, payload: string) => Buffer.from(`${SIGNING_DOMAIN}${header}\n${payload}`, 'utf8')

/** 1.10.0 > 1.9.3: numeric comparison of major.minor.patch. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number))
  for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return (x![i] ?? 0) - (y![i] ?? 0)
  return 0
}

export interface PackRules {
  trustedKeys: TrustedKey[]
  /** A pack must be newer than this version (the data in use, or the highest ever accepted). */
  newerThan: string
  now: Date
  /** Whether an expired pack is refused: yes on import; a pack stored while valid keeps working. */
  enforceExpiry: boolean
}

export function checkPack(text: string, rules: PackRules): PackCheck {
  const size = Buffer.byteLength(text, 'utf8')
  if (size > MAX_PACK_BYTES) return refuse('too-large', `${size} bytes; the limit is ${MAX_PACK_BYTES}`)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return refuse('not-json', (error as Error).message)
  }
  const envelope = EnvelopeSchema.safeParse(json)
  if (!envelope.success) return refuse('not-a-pack', envelope.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
  if (rules.trustedKeys.length === 0) return refuse('no-trusted-keys', 'this build trusts no signing key')

  let headerJson: unknown
  try {
    headerJson = JSON.parse(envelope.data.header)
  } catch (error) {
    return refuse('not-a-pack', `header: ${(error as Error).message}`)
  }
  const header = HeaderSchema.safeParse(headerJson)
  if (!header.success) return refuse('not-a-pack', header.error.issues.map((i) => `header.${i.path.join('.')}: ${i.message}`).join('; '))
  const signer = rules.trustedKeys.find((key) => key.id === header.data.signer)
  if (!signer) return refuse('unknown-signer', header.data.signer)

  const publicKey = createPublicKey({ key: Buffer.from(signer.publicKey, 'base64'), format: 'der', type: 'spki' })
  const signature = Buffer.from(envelope.data.signature, 'base64')
  if (!verify(null, packSignedBytes(envelope.data.header, envelope.data.payload), publicKey, signature))
    return refuse('bad-signature', `not signed by ${signer.name}, or changed since`)

  // From here on every field is the signer's own statement.
  const { createdAt, expiresAt, datasetVersion } = header.data
  if (createdAt > rules.now.toISOString()) return refuse('key-not-valid', `created in the future (${createdAt})`)
  if ((signer.validFrom && createdAt < signer.validFrom) || (signer.validUntil && createdAt > signer.validUntil))
    return refuse('key-not-valid', `${signer.name} was not valid on ${createdAt}`)
  if (rules.enforceExpiry && expiresAt <= rules.now.toISOString()) return refuse('expired', `expired on ${expiresAt}`)

  let payload: unknown
  try {
    payload = JSON.parse(envelope.data.payload)
  } catch (error) {
    return refuse('invalid-dataset', (error as Error).message)
  }
  const checked = checkDataset(payload, rules.now.toISOString().slice(0, 10))
  if (!checked.dataset)
    return refuse(
      'invalid-dataset',
      checked.problems
        .slice(0, 3)
        .map((p) => p.message)
        .join('; ')
    )
  if (checked.dataset.version !== datasetVersion)
    return refuse('invalid-dataset', `header says ${datasetVersion}, dataset is ${checked.dataset.version}`)
  if (compareVersions(datasetVersion, rules.newerThan) <= 0)
    return refuse('not-newer', `pack ${datasetVersion}, newest accepted ${rules.newerThan}`)
  return { ok: true, dataset: checked.dataset, signer, header: header.data }
}

/**
 * A key revocation list travels like a pack: signed by a trusted key, imported the same way, kept
 * for good. From then on the listed keys are not trusted, so a stolen key can be cut off without a
 * new build. It only ever removes trust; it can never add a key.
 */
export const REVOCATION_FORMAT = 'messenger-privacy-key-revocation'
export const REVOCATION_FORMAT_VERSION = 1
const REVOCATION_DOMAIN = `${REVOCATION_FORMAT}/v${REVOCATION_FORMAT_VERSION}\n`
/** The exact bytes a revocation list's signature covers. */
export const revocationSignedBytes = (header: string) => Buffer.from(`${REVOCATION_DOMAIN}${header}`, 'utf8')

const RevocationEnvelopeSchema = z.strictObject({
  format: z.literal(REVOCATION_FORMAT),
  formatVersion: z.literal(REVOCATION_FORMAT_VERSION),
  /** JSON of { signer, createdAt, revoked }; the signature covers it with the domain prefix. */
  header: z.string().min(2).max(20_000),
  signature: z.base64()
})
const RevocationHeaderSchema = z.strictObject({
  signer: z.string().regex(KEY_ID_PATTERN),
  createdAt: z.iso.datetime(),
  revoked: z.array(z.string().regex(KEY_ID_PATTERN)).min(1).max(100)
})

export type RevocationCheck = { ok: true; revoked: string[]; signer: TrustedKey } | { ok: false; reason: PackRejection; detail: string }

/** The `format` of a pack-like file, so one import path can take packs and revocation lists. */
export function fileFormat(text: string): string | null {
  try {
    const json: unknown = JSON.parse(text)
    return typeof json === 'object' && json !== null && typeof (json as { format?: unknown }).format === 'string'
      ? (json as { format: string }).format
      : null
  } catch {
    return null
  }
}

export function checkRevocation(text: string, trustedKeys: TrustedKey[], now: Date): RevocationCheck {
  if (Buffer.byteLength(text, 'utf8') > MAX_PACK_BYTES) return { ok: false, reason: 'too-large', detail: 'revocation list too large' }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: (error as Error).message }
  }
  const envelope = RevocationEnvelopeSchema.safeParse(json)
  if (!envelope.success) return { ok: false, reason: 'not-a-pack', detail: envelope.error.issues.map((i) => i.message).join('; ') }
  if (trustedKeys.length === 0) return { ok: false, reason: 'no-trusted-keys', detail: 'this build trusts no signing key' }
  let header: z.infer<typeof RevocationHeaderSchema>
  try {
    header = RevocationHeaderSchema.parse(JSON.parse(envelope.data.header))
  } catch (error) {
    return { ok: false, reason: 'not-a-pack', detail: `header: ${(error as Error).message.slice(0, 200)}` }
  }
  const signer = trustedKeys.find((key) => key.id === header.signer)
  if (!signer) return { ok: false, reason: 'unknown-signer', detail: header.signer }
  const publicKey = createPublicKey({ key: Buffer.from(signer.publicKey, 'base64'), format: 'der', type: 'spki' })
  if (!verify(null, revocationSignedBytes(envelope.data.header), publicKey, Buffer.from(envelope.data.signature, 'base64')))
    return { ok: false, reason: 'bad-signature', detail: `not signed by ${signer.name}, or changed since` }
  if (header.createdAt > now.toISOString())
    return { ok: false, reason: 'key-not-valid', detail: `created in the future (${header.createdAt})` }
  return { ok: true, revoked: header.revoked, signer }
}
