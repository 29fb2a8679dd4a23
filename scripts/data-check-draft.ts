// `npm run data:check-draft -- <id>`: checks a messenger being researched in data/drafts/<id>/ as if it
// were in the dataset, without adding it: a copy of data/ plus the draft (messenger.json, and optional
// publishers.json entries and checklist.json items) goes through exactly the build's checks.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const id = process.argv[2]
if (!id || !/^[a-z0-9-]+$/.test(id)) {
  console.error('usage: npm run data:check-draft -- <messenger id> (reads data/drafts/<id>/)')
  process.exit(2)
}
const draft = join('data', 'drafts', id)
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'))
const copy = join('.tmp', `draft-check-${id}`)
rmSync(copy, { recursive: true, force: true })
mkdirSync(copy, { recursive: true })
cpSync('data', copy, { recursive: true, filter: (source) => !source.includes(join('data', 'drafts')) })

cpSync(join(draft, 'messenger.json'), join(copy, 'messengers', `${id}.json`))
const editJson = <T>(file: string, edit: (value: T) => void) => {
  const value = readJson(file) as T
  edit(value)
  writeFileSync(file, JSON.stringify(value, null, 2))
}
editJson<{ messengerOrder: string[] }>(join(copy, 'meta.json'), (meta) => meta.messengerOrder.push(id))
if (existsSync(join(draft, 'publishers.json')))
  editJson<{ publishers: unknown[] }>(join(copy, 'publishers.json'), (registry) =>
    registry.publishers.push(...(readJson(join(draft, 'publishers.json')) as { publishers: unknown[] }).publishers)
  )
if (existsSync(join(draft, 'checklist.json')))
  editJson<{ checklists: Record<string, unknown> }>(join(copy, 'checklists.json'), (file) => {
    file.checklists[id] = readJson(join(draft, 'checklist.json'))
  })

const { status } = spawnSync('npx', ['tsx', 'scripts/data-check.ts', copy], { stdio: 'inherit' })
process.exit(status ?? 1)
