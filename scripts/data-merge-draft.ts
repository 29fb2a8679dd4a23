// `npm run data:merge-draft -- <id>`: moves a reviewed draft (data/drafts/<id>/) into the dataset, the
// way data/drafts/README.md describes: only when the second person's REVIEW.md ends "Recommendation:
// merge" and `data:check-draft` passes. Its messenger file is copied unchanged, its checklist added under
// its id, its registry entries inserted in the registry's domain order (an identical entry already there
// is skipped; a different one for the same domain stops the merge), its id placed in `messengerOrder`
// before the references, and the review moved to data/reviews/<id>.md. Nothing is written until every
// check has passed. The dataset's version and date are left to the person releasing it.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'

interface RegistryEntry {
  domain: string
  [field: string]: unknown
}

/** The registry with the draft's entries added in domain order, and the domains whose entries disagree. */
export function mergeRegistry(
  existing: readonly RegistryEntry[],
  additions: readonly RegistryEntry[]
): { publishers: RegistryEntry[]; conflicts: string[] } {
  const publishers = [...existing]
  const conflicts: string[] = []
  for (const entry of additions) {
    const same = publishers.find((p) => p.domain === entry.domain)
    if (same) {
      if (!isDeepStrictEqual(same, entry)) conflicts.push(entry.domain)
      continue
    }
    const after = publishers.findIndex((p) => p.domain > entry.domain)
    publishers.splice(after < 0 ? publishers.length : after, 0, entry)
  }
  return { publishers, conflicts }
}

/** The app's order with `id` before the references (the measure of strong protection stays last). */
export function placeInOrder(order: readonly string[], id: string, referenceIds: readonly string[]): string[] {
  if (order.includes(id)) return [...order]
  const firstReference = order.findIndex((m) => referenceIds.includes(m))
  const at = firstReference < 0 ? order.length : firstReference
  return [...order.slice(0, at), id, ...order.slice(at)]
}

/** The review's verdict: its last non-empty line must say "Recommendation: merge". */
export function reviewRecommendsMerge(review: string): boolean {
  const lines = review.split('\n').filter((line) => line.trim() !== '')
  return /^Recommendation: merge\.?$/.test(lines.at(-1)?.trim() ?? '')
}

function main(id: string | undefined): number {
  if (!id || !/^[a-z0-9-]+$/.test(id)) {
    console.error('usage: npm run data:merge-draft -- <messenger id> (reads data/drafts/<id>/)')
    return 2
  }
  const draft = join('data', 'drafts', id)
  const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T
  const stop = (why: string) => {
    console.error(`data:merge-draft: ${id} not merged: ${why}`)
    return 1
  }
  if (!existsSync(join(draft, 'messenger.json'))) return stop(`${draft}/messenger.json does not exist`)
  if (existsSync(join('data', 'messengers', `${id}.json`))) return stop(`data/messengers/${id}.json already exists`)
  const reviewFile = join(draft, 'REVIEW.md')
  if (!existsSync(reviewFile)) return stop('there is no second-person review (REVIEW.md)')
  const review = readFileSync(reviewFile, 'utf8')
  if (!reviewRecommendsMerge(review)) return stop('its review does not end with "Recommendation: merge"')
  if (spawnSync('npx', ['tsx', 'scripts/data-check-draft.ts', id], { stdio: 'inherit' }).status !== 0)
    return stop('data:check-draft does not pass')

  const registryFile = join('data', 'publishers.json')
  const registry = readJson<{ publishers: RegistryEntry[] }>(registryFile)
  const additions = existsSync(join(draft, 'publishers.json'))
    ? readJson<{ publishers: RegistryEntry[] }>(join(draft, 'publishers.json')).publishers
    : []
  const { publishers, conflicts } = mergeRegistry(registry.publishers, additions)
  if (conflicts.length) return stop(`its registry entries differ from the dataset's for ${conflicts.join(', ')}`)

  const metaFile = join('data', 'meta.json')
  const meta = readJson<{ messengerOrder: string[] }>(metaFile)
  const referenceIds = meta.messengerOrder.filter(
    (m) => readJson<{ reference?: boolean }>(join('data', 'messengers', `${m}.json`)).reference === true
  )
  const checklistsFile = join('data', 'checklists.json')
  const checklists = readJson<{ checklists: Record<string, unknown> }>(checklistsFile)

  // Every file's new text first, so a draft that cannot be read stops before anything is written.
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
  const files: [string, string | Buffer][] = [
    [join('data', 'messengers', `${id}.json`), readFileSync(join(draft, 'messenger.json'))],
    [registryFile, json({ ...registry, publishers })],
    [metaFile, json({ ...meta, messengerOrder: placeInOrder(meta.messengerOrder, id, referenceIds) })]
  ]
  if (existsSync(join(draft, 'checklist.json')))
    files.push([
      checklistsFile,
      json({ ...checklists, checklists: { ...checklists.checklists, [id]: readJson(join(draft, 'checklist.json')) } })
    ])
  for (const [file, text] of files) writeFileSync(file, text)
  renameSync(reviewFile, join('data', 'reviews', `${id}.md`))
  rmSync(draft, { recursive: true })
  const written = [...files.map(([file]) => file), join('data', 'reviews', `${id}.md`)]
  spawnSync('npx', ['prettier', '--log-level', 'warn', '--write', ...written], { stdio: 'inherit' })
  console.log(`data:merge-draft: ${id} merged (${additions.length} registry entries offered); now run npm run data:check`)
  return 0
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv[2])
