// A good pack switches the data; every kind of bad pack is refused with its reason and changes nothing.
import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import { memoryFs } from '../../test/fixtures/memory-fs'
import { fixtureDataset } from '../../test/fixtures/dataset'
import type { Dataset } from '../../data/schema'
import { checkPack, compareVersions, MAX_PACK_BYTES, signPack, type TrustedKey } from './data-packs'
import { createDatasetState } from './dataset-state'

// A throwaway key for tests only; real packs are signed with the maintainer's offline key.
function keyPair(id: string): { trusted: TrustedKey; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  return { trusted: { id, name: `${id} (test)`, publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64') }, privateKey }
}

const maintainer = keyPair('maintainer')
const stranger = keyPair('stranger')
const newer: Dataset = { ...structuredClone(fixtureDataset), version: '1.3.0', date: '2026-11-24' }
const created = new Date('2026-11-24T12:00:00Z')
const goodPack = signPack(newer, 'maintainer', maintainer.privateKey, created)


const tamper = (pack: string, edit: (envelope: Record<string, unknown>) => void) => {
  const envelope = JSON.parse(pack)
  edit(envelope)
  return JSON.stringify(envelope)
}
const signedDataset = (edit: (dataset: Dataset) => void) => {
  const dataset = structuredClone(newer)
  edit(dataset)
  return signPack(dataset, 'maintainer', maintainer.privateKey, created)
}

const badPacks: [string, string, string][] = [
  ['bad signature (payload changed after signing)', 'bad-signature', tamper(goodPack, (e) => (e.payload = String(e.payload).replace('Alpha', 'Alfa')))],
  ['signature of another payload', 'bad-signature', tamper(goodPack, (e) => (e.signature = JSON.parse(signedDataset((d) => (d.version = '9.9.9'))).signature))],
  ['signed by a key the app does not trust', 'unknown-signer', signPack(newer, 'stranger', stranger.privateKey, created)],
  ['claims a trusted signer but was signed by another key', 'bad-signature', signPack(newer, 'maintainer', stranger.privateKey, created)],
  ['wrong schema (a verdict that does not exist)', 'invalid-dataset', signedDataset((d) => ((d.messengers[0]!.cells['e2ee-default-1to1']!.verdict as string) = 'great'))],
  ['a source with an http URL', 'invalid-dataset', signedDataset((d) => (d.messengers[0]!.cells['e2ee-default-1to1']!.sources[0]!.url = 'http://example.org/'))],
  ['incomplete (a missing cell)', 'invalid-dataset', signedDataset((d) => delete d.messengers[1]!.cells['availability-ru'])],
  ['older version', 'not-newer', signedDataset((d) => (d.version = '1.0.9'))],
  ['same version', 'not-newer', signedDataset((d) => (d.version = fixtureDataset.version))],
  ['truncated file', 'not-json', goodPack.slice(0, goodPack.length / 2)],
  ['not JSON at all', 'not-json', 'PK\u0003\u0004 this is a zip file'],
  ['empty file', 'not-json', ''],
  ['JSON but not a pack', 'not-a-pack', JSON.stringify({ hello: 'world' })],
  ['a pack of another format version', 'not-a-pack', tamper(goodPack, (e) => (e.formatVersion = 2))],
  ['huge file', 'too-large', ' '.repeat(MAX_PACK_BYTES + 1)]
]

describe('a data pack', () => {
  it('is accepted when signed by a bundled key, valid, complete and newer', () => {
    const check = checkPack(goodPack, [maintainer.trusted], fixtureDataset)
    expect(check).toMatchObject({ ok: true, signer: { id: 'maintainer' }, createdAt: created.toISOString() })
    expect(check.ok && check.dataset.version).toBe('1.3.0')
  })


  it.each(badPacks)('is refused when %s', (_label, reason, text) => {
    expect(checkPack(text, [maintainer.trusted], fixtureDataset)).toMatchObject({ ok: false, reason })
  })

  it('is refused by a build that trusts no key', () => {
    expect(checkPack(goodPack, [], fixtureDataset)).toMatchObject({ ok: false, reason: 'no-trusted-keys' })
  })

  it('versions compare numerically', () => {
    expect(compareVersions('1.10.0', '1.9.3')).toBeGreaterThan(0)
    expect(compareVersions('1.2.3', '1.2.3')).toBe(0)
  })
})

describe('importing a data pack', () => {
  it('switches to a good pack, stores it, and keeps the previous one', async () => {
    const { fs, data } = memoryFs({ '/packs/current-pack.json': 'the previous pack' })
    const state = createDatasetState(fixtureDataset, [maintainer.trusted], '/packs', fs, vi.fn())
    const result = await state.importPack(goodPack)
    expect(result).toMatchObject({ ok: true, info: { origin: 'imported', signer: 'maintainer (test)' } })
    expect(state.current().dataset.version).toBe('1.3.0')
    expect(data.get('/packs/current-pack.json')).toBe(goodPack)
    expect(data.get('/packs/previous-pack.json')).toBe('the previous pack')
  })

  it.each(badPacks)('leaves the current data and files untouched when the pack is %s', async (_label, reason, text) => {
    const { fs, data } = memoryFs()
    const state = createDatasetState(fixtureDataset, [maintainer.trusted], '/packs', fs, vi.fn())
    expect(await state.importPack(text)).toMatchObject({ ok: false, reason })
    expect(state.current()).toEqual({ dataset: fixtureDataset, origin: 'bundled', signer: null })
    expect([...data.keys()]).toEqual([])
  })

  it('keeps the current data when the pack cannot be stored', async () => {
    const { fs } = memoryFs()
    fs.writeFile = async () => {
      throw new Error('disk full')
    }
    const state = createDatasetState(fixtureDataset, [maintainer.trusted], '/packs', fs, vi.fn())
    expect(await state.importPack(goodPack)).toMatchObject({ ok: false, reason: 'storage-failed' })
    expect(state.current().origin).toBe('bundled')
  })

  it('restores the stored pack at start-up, and can always revert to the bundled data', async () => {
    const { fs, data } = memoryFs({ '/packs/current-pack.json': goodPack })
    const state = createDatasetState(fixtureDataset, [maintainer.trusted], '/packs', fs, vi.fn())
    await state.restore()
    expect(state.current()).toMatchObject({ origin: 'imported', dataset: { version: '1.3.0' } })
    expect(await state.revertToBundled()).toEqual({ dataset: fixtureDataset, origin: 'bundled', signer: null })
    expect(data.has('/packs/current-pack.json')).toBe(false)
    expect(data.get('/packs/previous-pack.json')).toBe(goodPack)
  })

  it('ignores a stored pack that no longer checks out (for example, older than a newer bundled dataset)', async () => {
    const { fs } = memoryFs({ '/packs/current-pack.json': goodPack })
    const newerBundled = { ...fixtureDataset, version: '2.0.0' }
    const log = vi.fn()
    const state = createDatasetState(newerBundled, [maintainer.trusted], '/packs', fs, log)
    await state.restore()
    expect(state.current().origin).toBe('bundled')
    expect(log).toHaveBeenCalledWith(expect.stringContaining('not-newer'))
  })
})
