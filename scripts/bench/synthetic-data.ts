// A valid data directory of any size, made from data/ by copying: each extra criterion repeats a real
// one (same area, scale and cells) under a numbered id, each extra messenger repeats a real one (same
// cells, checklist and domains) and is offered to add, like any messenger outside the default selection. The bench builds a second web edition from it to time interactions at scale.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

type Json = Record<string, unknown>
interface Text {
  en: string
  ru: string
}

const readJson = <T>(dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T
const writeJson = (dir: string, file: string, value: unknown) => writeFileSync(join(dir, file), `${JSON.stringify(value, null, 2)}\n`)
const numbered = (text: Text, n: number): Text => ({ en: `${text.en} ${n}`, ru: `${text.ru} ${n}` })
/** The i-th item of a list, cycling: copy number n of item i is `${id}-s${n}`. */
const cycle = <T>(items: readonly T[], index: number): [T, number] => [items[index % items.length]!, Math.floor(index / items.length) + 1]

export function writeSyntheticData(sourceDir: string, outDir: string, messengerCount: number, criterionCount: number): void {
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  cpSync(sourceDir, outDir, { recursive: true })

  const criteriaFile = readJson<{ criteria: (Json & { id: string; title: Text; question: Text })[] }>(sourceDir, 'criteria.json')
  const realCriteria = criteriaFile.criteria
  const extraCriteria = Array.from({ length: Math.max(0, criterionCount - realCriteria.length) }, (_, i) => {
    const [base, n] = cycle(realCriteria, i)
    return { ...base, id: `${base.id}-s${n}`, title: numbered(base.title, n), question: numbered(base.question, n) }
  })
  writeJson(outDir, 'criteria.json', { ...criteriaFile, criteria: [...realCriteria, ...extraCriteria] })

  const checklistsFile = readJson<{ checklists: Record<string, unknown> }>(sourceDir, 'checklists.json')
  const realIds = Object.keys(checklistsFile.checklists)
  const messengers = new Map(
    realIds.map((id) => [id, readJson<Json & { cells: Record<string, unknown> }>(sourceDir, `messengers/${id}.json`)])
  )
  const withAllCells = (messenger: Json & { cells: Record<string, unknown> }) => ({
    ...messenger,
    cells: { ...messenger.cells, ...Object.fromEntries(extraCriteria.map((c) => [c.id, messenger.cells[c.id.replace(/-s\d+$/, '')]])) }
  })
  const checklists = { ...checklistsFile.checklists }
  for (const [id, messenger] of messengers) writeJson(outDir, `messengers/${id}.json`, withAllCells(messenger))
  for (let i = 0; i < messengerCount - realIds.length; i++) {
    const [baseId, n] = cycle(realIds, i)
    const base = messengers.get(baseId)!
    const id = `${baseId}-s${n}`
    writeJson(outDir, `messengers/${id}.json`, { ...withAllCells(base), id, name: `${base.name as string} ${n}`, reference: false })
    checklists[id] = checklistsFile.checklists[baseId]
  }
  writeJson(outDir, 'checklists.json', { ...checklistsFile, checklists })
  // meta.json is copied as it is: the same default selection (at most MAX_COMPARED_MESSENGERS are
  // compared at once), with all the others offered in the list to add.
}
