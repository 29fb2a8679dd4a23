// A good pack switches the data; every kind of bad, stale, expired or replayed pack is refused with
// its reason and changes nothing. Keys are throwaway test keys; real packs use the maintainer's.
import type { KeyObject } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import { memoryFs } from '../../test/fixtures/memory-fs'
import { fixtureDataset } from '../../test/fixtures/dataset'
import type { Dataset } from '../../common/dataset/schema'
import { generateSigningKey, signPack, signRevocation } from '../../scripts/pack-signing'
import { MAX_PACK_BYTES } from '../../common/vocabulary'
import { checkPack, compareVersions, keyFingerprint, trustKeys, type PackRules, type TrustedKey } from './data-packs'
import { createDatasetState } from './dataset-state'

function keyPair(name: string, validity: { validFrom?: string; validUntil?: string } = {}): { trusted: TrustedKey; privateKey: KeyObject } {
  const { privateKey, entry } = generateSigningKey(name, validity)
  const [trusted] = trustKeys([entry])
  return { trusted: trusted!, privateKey }
}

const maintainer = keyPair('maintainer')
const stranger = keyPair('stranger')
const NOW = new Date('2026-11-25T10:00:00Z')
const created = new Date('2026-11-24T12:00:00Z')
const expires = new Date('2027-05-24T12:00:00Z')
const version = (v: string, date = '2026-11-24'): Dataset => ({ ...structuredClone(fixtureDataset), version: v, date })
const newer = version('1.3.0')
const pack = (dataset: Dataset, options: { key?: KeyObject; createdAt?: Date; expiresAt?: Date } = {}) =>
  signPack(dataset, options.key ?? maintainer.privateKey, options.createdAt ?? created, options.expiresAt ?? expires)
const goodPack = pack(newer)
const rules = (overrides: Partial<PackRules> = {}): PackRules => ({
  trustedKeys: [maintainer.trusted],
  newerThan: fixtureDataset.version,
  now: NOW,
  enforceExpiry: true,
  ...overrides
})

const tamper = (text: string, edit: (envelope: Record<string, unknown>) => void) => {
  const envelope = JSON.parse(text)
  edit(envelope)
  return JSON.stringify(envelope)
}
const editHeader = (text: string, edit: (header: Record<string, unknown>) => void) =>
  tamper(text, (e) => {
    const header = JSON.parse(String(e.header))
    edit(header)
    e.header = JSON.stringify(header)
  })
const signedDataset = (edit: (dataset: Dataset) => void) => {
  const dataset = structuredClone(newer)
  edit(dataset)
  return pack(dataset)
}

const badPacks: [string, string, string][] = [
  [
    'bad signature (payload changed after signing)',
    'bad-signature',
    tamper(goodPack, (e) => (e.payload = String(e.payload).replace('Alpha', 'Alfa')))
  ],
  [
    'signature of another payload',
    'bad-signature',
    tamper(goodPack, (e) => (e.signature = JSON.parse(signedDataset((d) => (d.version = '9.9.9'))).signature))
  ],
  ['its expiry pushed back after signing', 'bad-signature', editHeader(goodPack, (h) => (h.expiresAt = '2099-01-01T00:00:00.000Z'))],
  ['signed by a key the app does not trust', 'unknown-signer', pack(newer, { key: stranger.privateKey })],
  [
    'claims a trusted signer but was signed by another key',
    'bad-signature',
    editHeader(pack(newer, { key: stranger.privateKey }), (h) => (h.signer = maintainer.trusted.id))
  ],
  [
    'wrong schema (a verdict that does not exist)',
    'invalid-dataset',
    signedDataset((d) => ((d.messengers[0]!.cells['e2ee-default-1to1']!.verdict as string) = 'great'))
  ],
  [
    'a source with an http URL',
    'invalid-dataset',
    signedDataset((d) => (d.messengers[0]!.cells['e2ee-default-1to1']!.sources[0]!.url = 'http://example.org/'))
  ],
  ['incomplete (a missing cell)', 'invalid-dataset', signedDataset((d) => delete d.messengers[1]!.cells['availability-ru'])],
  [
    'a dangling reference (a concern naming a criterion that does not exist)',
    'invalid-dataset',
    signedDataset((d) => d.concerns[0]!.criteria.push('made-up'))
  ],
  ['two criteria with one id', 'invalid-dataset', signedDataset((d) => d.criteria.push(structuredClone(d.criteria[0]!)))],
  ['two messengers with one id', 'invalid-dataset', signedDataset((d) => d.messengers.push(structuredClone(d.messengers[0]!)))],
  ['a messenger called "constructor" without a checklist', 'invalid-dataset', signedDataset((d) => (d.messengers[0]!.id = 'constructor'))],
  [
    'an access verdict on a protection criterion',
    'invalid-dataset',
    signedDataset((d) => ((d.messengers[0]!.cells['e2ee-default-1to1']!.verdict as string) = 'works'))
  ],
  ['older version', 'not-newer', signedDataset((d) => (d.version = '1.0.9'))],
  ['same version', 'not-newer', signedDataset((d) => (d.version = fixtureDataset.version))],
  ['expired', 'expired', pack(newer, { createdAt: new Date('2026-01-01T00:00:00Z'), expiresAt: new Date('2026-06-01T00:00:00Z') })],
  ['made in the future', 'key-not-valid', pack(newer, { createdAt: new Date('2026-12-24T00:00:00Z') })],
  ['truncated file', 'not-json', goodPack.slice(0, goodPack.length / 2)],
  ['not JSON at all', 'not-json', 'PK\u0003\u0004 this is a zip file'],
  ['empty file', 'not-json', ''],
  ['JSON but not a pack', 'not-a-pack', JSON.stringify({ hello: 'world' })],
  [
    'a pack of format version 1 (fields outside the signature)',
    'not-a-pack',
    JSON.stringify({ format: 'messenger-privacy-data-pack', formatVersion: 1, signer: 'x', signature: 'AA==', payload: '{}' })
  ],
  ['a pack of another format version', 'not-a-pack', tamper(goodPack, (e) => (e.formatVersion = 3))],
  ['huge file', 'too-large', ' '.repeat(MAX_PACK_BYTES + 1)]
]

describe('a data pack', () => {
  it("is accepted when signed by a bundled key, unexpired, passing the build's checks, and newer", () => {
    const check = checkPack(goodPack, rules())
    expect(check).toMatchObject({ ok: true, signer: { id: maintainer.trusted.id }, header: { createdAt: created.toISOString() } })
    expect(check.ok && check.dataset.version).toBe('1.3.0')
  })

  it("names its signer by the key's fingerprint, not by a name anyone could type", () => {
    expect(maintainer.trusted.id).toBe(keyFingerprint(maintainer.trusted.publicKey))
    expect(maintainer.trusted.id).toMatch(/^[0-9a-f]{32}$/)
    expect(JSON.parse(JSON.parse(goodPack).header).signer).toBe(maintainer.trusted.id)
  })

  it.each(badPacks)('is refused when %s', (_label, reason, text) => {
    expect(checkPack(text, rules())).toMatchObject({ ok: false, reason })
  })

  it('is refused by a build that trusts no key', () => {
    expect(checkPack(goodPack, rules({ trustedKeys: [] }))).toMatchObject({ ok: false, reason: 'no-trusted-keys' })
  })

  it('is refused when made after its key was retired, or before the key was in use', () => {
    const retired = { ...maintainer.trusted, validUntil: '2026-11-01T00:00:00Z' }
    expect(checkPack(goodPack, rules({ trustedKeys: [retired] }))).toMatchObject({ ok: false, reason: 'key-not-valid' })
    const future = { ...maintainer.trusted, validFrom: '2026-11-30T00:00:00Z' }
    expect(checkPack(goodPack, rules({ trustedKeys: [future] }))).toMatchObject({ ok: false, reason: 'key-not-valid' })
  })

  it('versions compare numerically', () => {
    expect(compareVersions('1.10.0', '1.9.3')).toBeGreaterThan(0)
    expect(compareVersions('1.2.3', '1.2.3')).toBe(0)
  })
})

const state = (files: Record<string, string> = {}, bundled = fixtureDataset) => {
  const { fs, data } = memoryFs(files)
  const log = vi.fn()
  return { data, fs, log, state: createDatasetState(bundled, [maintainer.trusted], '/packs', fs, log, () => NOW) }
}

describe('importing a data pack', () => {
  it('switches to a good pack, stores it, keeps the previous one and records the high-water mark', async () => {
    const { state: datasets, data } = state({ '/packs/current-pack.json': 'the previous pack' })
    const result = await datasets.importPack(goodPack)
    expect(result).toMatchObject({ ok: true, info: { origin: 'imported', signer: 'maintainer' } })
    expect(datasets.current().dataset.version).toBe('1.3.0')
    expect(data.get('/packs/current-pack.json')).toBe(goodPack)
    expect(data.get('/packs/previous-pack.json')).toBe('the previous pack')
    expect(JSON.parse(data.get('/packs/high-water-mark.json')!)).toEqual({ version: '1.3.0', createdAt: created.toISOString() })
    expect([...data.keys()].filter((k) => k.endsWith('.tmp'))).toEqual([])
  })

  it.each(badPacks)('leaves the current data and files untouched when the pack is %s', async (_label, reason, text) => {
    const { state: datasets, data } = state()
    expect(await datasets.importPack(text)).toMatchObject({ ok: false, reason })
    expect(datasets.current()).toEqual({ dataset: fixtureDataset, origin: 'bundled', signer: null })
    expect([...data.keys()]).toEqual([])
  })

  it('keeps the current data when the pack cannot be stored', async () => {
    const { state: datasets, fs } = state()
    fs.writeFile = async () => {
      throw new Error('disk full')
    }
    expect(await datasets.importPack(goodPack)).toMatchObject({ ok: false, reason: 'storage-failed' })
    expect(datasets.current().origin).toBe('bundled')
  })

  it('never takes back a superseded pack after "Revert to the built-in data": the high-water mark stays', async () => {
    const { state: datasets } = state()
    expect(await datasets.importPack(goodPack)).toMatchObject({ ok: true })
    await datasets.revertToBundled()
    expect(datasets.current().origin).toBe('bundled')
    expect(await datasets.importPack(goodPack)).toMatchObject({ ok: false, reason: 'not-newer' })
    // Signed later than the mark, but an older version than the mark: still refused.
    expect(await datasets.importPack(pack(version('1.2.5'), { createdAt: new Date('2026-11-25T07:00:00Z') }))).toMatchObject({
      ok: false,
      reason: 'not-newer'
    })
    expect(await datasets.importPack(pack(version('1.4.0'), { createdAt: new Date('2026-11-25T08:00:00Z') }))).toMatchObject({ ok: true })
  })

  it('keeps the mark across restarts, and refuses a newer version signed before the newest accepted pack', async () => {
    const first = state()
    await first.state.importPack(goodPack)
    const restarted = state(Object.fromEntries(first.data))
    await restarted.state.revertToBundled()
    const backdated = pack(version('1.5.0'), { createdAt: new Date('2026-11-20T00:00:00Z') })
    expect(await restarted.state.importPack(backdated)).toMatchObject({
      ok: false,
      reason: 'not-newer',
      detail: expect.stringContaining('not after')
    })
  })

  it('runs two imports at once one after the other, with their own temporary files, and ends on the newest', async () => {
    const { state: datasets, data, fs } = state()
    const temporaries: string[] = []
    const write = fs.writeFile
    fs.writeFile = async (path, text) => {
      if (path.endsWith('.tmp')) temporaries.push(path)
      await new Promise((resolve) => setTimeout(resolve, 5))
      return write(path, text)
    }
    const later = pack(version('1.4.0'), { createdAt: new Date('2026-11-25T08:00:00Z') })
    const results = await Promise.all([datasets.importPack(goodPack), datasets.importPack(later)])
    expect(results.map((r) => r.ok)).toEqual([true, true])
    expect(datasets.current().dataset.version).toBe('1.4.0')
    expect(data.get('/packs/current-pack.json')).toBe(later)
    expect(data.get('/packs/previous-pack.json')).toBe(goodPack)
    expect(new Set(temporaries).size).toBe(temporaries.length)
    // The other way round, the second import sees the first one's mark: the older pack cannot win.
    const again = state()
    const reversed = await Promise.all([again.state.importPack(later), again.state.importPack(goodPack)])
    expect(reversed.map((r) => r.ok)).toEqual([true, false])
    expect(again.state.current().dataset.version).toBe('1.4.0')
  })

  it('restores the stored pack at start-up, even once expired (it was valid when imported), and can always revert', async () => {
    const expiredSince = pack(newer, { createdAt: new Date('2026-01-01T00:00:00Z'), expiresAt: new Date('2026-06-01T00:00:00Z') })
    const { state: datasets, data } = state({ '/packs/current-pack.json': expiredSince })
    await datasets.restore()
    expect(datasets.current()).toMatchObject({ origin: 'imported', dataset: { version: '1.3.0' } })
    expect(await datasets.revertToBundled()).toEqual({ dataset: fixtureDataset, origin: 'bundled', signer: null })
    expect(data.has('/packs/current-pack.json')).toBe(false)
    expect(data.get('/packs/previous-pack.json')).toBe(expiredSince)
  })

  it('ignores a stored pack that no longer checks out: older than a newer bundled dataset, or below the mark', async () => {
    const newerBundled = state({ '/packs/current-pack.json': goodPack }, { ...fixtureDataset, version: '2.0.0' })
    await newerBundled.state.restore()
    expect(newerBundled.state.current().origin).toBe('bundled')
    expect(newerBundled.log).toHaveBeenCalledWith(expect.stringContaining('not-newer'))

    const belowMark = state({
      '/packs/current-pack.json': goodPack,
      '/packs/high-water-mark.json': JSON.stringify({ version: '1.4.0', createdAt: '2026-11-25T08:00:00.000Z' })
    })
    await belowMark.state.restore()
    expect(belowMark.state.current().origin).toBe('bundled')
  })
})

describe('a key revocation list', () => {
  const second = keyPair('second maintainer')
  const twoKeys = (files: Record<string, string> = {}) => {
    const { fs, data } = memoryFs(files)
    const log = vi.fn()
    return { data, log, state: createDatasetState(fixtureDataset, [maintainer.trusted, second.trusted], '/packs', fs, log, () => NOW) }
  }

  it('cuts off a stolen key without a new build: its packs are refused and the data it signed is no longer used', async () => {
    const { state: datasets, data } = twoKeys()
    expect(await datasets.importPack(goodPack)).toMatchObject({ ok: true })
    const revocation = signRevocation([maintainer.trusted.id], second.privateKey, created)
    expect(await datasets.importPack(revocation)).toMatchObject({ ok: true, revokedKeys: 1, info: { origin: 'bundled' } })
    expect(JSON.parse(data.get('/packs/revoked-keys.json')!)).toEqual([maintainer.trusted.id])
    expect(await datasets.importPack(pack(version('1.4.0'), { createdAt: new Date('2026-11-25T08:00:00Z') }))).toMatchObject({
      ok: false,
      reason: 'unknown-signer'
    })
    // Packs from the other key still work.
    expect(
      await datasets.importPack(pack(version('1.4.0'), { key: second.privateKey, createdAt: new Date('2026-11-25T08:00:00Z') }))
    ).toMatchObject({ ok: true })
  })

  it('stays in force after a restart: a stored pack from a revoked key is not used', async () => {
    const first = twoKeys()
    await first.state.importPack(goodPack)
    await first.state.importPack(signRevocation([maintainer.trusted.id], second.privateKey, created))
    const restarted = twoKeys(Object.fromEntries(first.data))
    restarted.data.set('/packs/current-pack.json', goodPack)
    await restarted.state.restore()
    expect(restarted.state.current().origin).toBe('bundled')
  })

  it('is refused, changing nothing, when it is not signed by a trusted key or was changed after signing', async () => {
    const { state: datasets, data } = twoKeys()
    expect(await datasets.importPack(signRevocation([maintainer.trusted.id], stranger.privateKey, created))).toMatchObject({
      ok: false,
      reason: 'unknown-signer'
    })
    const changed = tamper(
      signRevocation([second.trusted.id], maintainer.privateKey, created),
      (e) => (e.header = String(e.header).replace(second.trusted.id, maintainer.trusted.id))
    )
    expect(await datasets.importPack(changed)).toMatchObject({ ok: false, reason: 'bad-signature' })
    expect(data.has('/packs/revoked-keys.json')).toBe(false)
  })
})
