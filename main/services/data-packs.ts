// Signed data packs: a newer dataset passed around as one file (USB stick, messenger attachment).
// A pack is accepted only if an Ed25519 key bundled with the app signed it, its dataset passes the
// schema and completeness checks, and it is newer than the data in use. Anything else is refused
// with a reason, and the current data stays as it is.
import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto'
import { z } from 'zod'
import type { PackRejection } from '../../common/ipc-contract'
import { DatasetSchema, type Dataset } from '../../data/schema'

export const PACK_FORMAT = 'messenger-privacy-data-pack'
export const MAX_PACK_BYTES = 10 * 1024 * 1024

export interface TrustedKey {
  id: string
  name: string
  /** Ed25519 public key, SPKI DER, base64. */
  publicKey: string
}

const EnvelopeSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(1),
  signer: z.string().min(1).max(100),
  signature: z.base64(),
  /** The signed bytes: a JSON document { createdAt, dataset }. */
  payload: z.string().min(2)
})

const PayloadSchema = z.strictObject({ createdAt: z.iso.datetime(), dataset: DatasetSchema })

export type PackCheck =
  | { ok: true; dataset: Dataset; signer: TrustedKey; createdAt: string }
  | { ok: false; reason: PackRejection; detail: string }

const refuse = (reason: PackRejection, detail: string): PackCheck => ({ ok: false, reason, detail })

/** 1.10.0 > 1.9.3: numeric comparison of major.minor.patch. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number))
  for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return (x![i] ?? 0) - (y![i] ?? 0)
  return 0
}

/** What the schema cannot say: every messenger answers every criterion and has a checklist. */
function completenessProblem(dataset: Dataset): string | null {
  for (const messenger of dataset.messengers) {
    const missing = dataset.criteria.filter((c) => !messenger.cells[c.id]).map((c) => c.id)
    if (missing.length > 0) return `${messenger.id} has no answer for ${missing.join(', ')}`
    if (!dataset.checklists[messenger.id]) return `${messenger.id} has no checklist`
  }
  return null
}

export function checkPack(text: string, trustedKeys: TrustedKey[], current: Dataset): PackCheck {
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
  if (trustedKeys.length === 0) return refuse('no-trusted-keys', 'this build trusts no signing key')
  const signer = trustedKeys.find((key) => key.id === envelope.data.signer)
  if (!signer) return refuse('unknown-signer', envelope.data.signer)

  const publicKey = createPublicKey({ key: Buffer.from(signer.publicKey, 'base64'), format: 'der', type: 'spki' })
  const signed = Buffer.from(envelope.data.payload, 'utf8')
  if (!verify(null, signed, publicKey, Buffer.from(envelope.data.signature, 'base64')))
    return refuse('bad-signature', `not signed by ${signer.name}, or changed since`)

  let payload: unknown
  try {
    payload = JSON.parse(envelope.data.payload)
  } catch (error) {
    return refuse('invalid-dataset', (error as Error).message)
  }
  const parsed = PayloadSchema.safeParse(payload)
  if (!parsed.success)
    return refuse('invalid-dataset', parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
  const incomplete = completenessProblem(parsed.data.dataset)
  if (incomplete) return refuse('invalid-dataset', incomplete)
  if (compareVersions(parsed.data.dataset.version, current.version) <= 0)
    return refuse('not-newer', `pack ${parsed.data.dataset.version}, in use ${current.version}`)
  return { ok: true, dataset: parsed.data.dataset, signer, createdAt: parsed.data.createdAt }
}

/** Used by `npm run data:pack` and by tests (with a throwaway key). */
export function signPack(dataset: Dataset, signerId: string, privateKey: KeyObject, createdAt: Date): string {
  const payload = JSON.stringify({ createdAt: createdAt.toISOString(), dataset })
  const signature = sign(null, Buffer.from(payload, 'utf8'), privateKey).toString('base64')
  return `${JSON.stringify({ format: PACK_FORMAT, formatVersion: 1, signer: signerId, signature, payload }, null, 2)}\n`
}
