// `npm run data:check` must pass on the real dataset and fail, precisely, on broken copies of it.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { monthsBefore } from './freshness'
import { formatProblem } from './problems'
import { loadDataDirectory } from './read-directory'
import { brokenCopy, DATA_DIR, editJson, errorsOf, removeCopies, TODAY } from './testing/broken-copies'

afterEach(removeCopies)

/** Tests that spawn `npx tsx scripts/data-check.ts` (a fresh Node process and a TypeScript compile). */
const SPAWN_TIMEOUT_MS = 30_000

/** The ids of data/messengers/*.json: the dataset grows, so tests read how many messengers it has. */
const messengerFileIds = readdirSync(join(DATA_DIR, 'messengers'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))

describe('the real dataset', () => {
  it('is valid: every messenger has every criterion, in both languages, with sources', () => {
    const { dataset, problems } = loadDataDirectory(DATA_DIR, TODAY)
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([])
    expect(dataset).not.toBeNull()
    expect(dataset!.messengers.map((m) => m.id).sort()).toEqual([...messengerFileIds].sort())
    expect(dataset!.messengers.filter((m) => m.reference).map((m) => m.id)).toEqual(['signal'])
    for (const messenger of dataset!.messengers)
      expect(Object.keys(messenger.cells).sort()).toEqual(dataset!.criteria.map((c) => c.id).sort())
  })

  it('keeps the criterion ids of the contract', () => {
    const { dataset } = loadDataDirectory(DATA_DIR, TODAY)
    expect(dataset!.criteria.map((c) => c.id)).toEqual([
      'e2ee-default-1to1',
      'e2ee-groups',
      'e2ee-calls',
      'e2ee-desktop',
      'protocol-scrutiny',
      'backups',
      'open-source',
      'metadata',
      'sign-up',
      'storage-location',
      'ru-localisation-law',
      'ori-registry',
      'gov-access',
      'jurisdiction',
      'availability-ru',
      'restrictions',
      'owner-status',
      'state-mandates',
      'user-risk'
    ])
  })

  // Spawning `npx tsx` takes seconds on its own and more under load: vitest's 5 s default is too tight.
  it('passes `npm run data:check`', { timeout: SPAWN_TIMEOUT_MS }, () => {
    const output = execFileSync('npx', ['tsx', 'scripts/data-check.ts'], { encoding: 'utf8' })
    const count = messengerFileIds.length
    expect(output).toMatch(
      new RegExp(`data:check OK: dataset \\d+\\.\\d+\\.\\d+ .*${count} messengers × 19 criteria = ${count * 19} cells`)
    )
  })
})

describe('a broken copy of the dataset', () => {
  // Spawns `npx tsx` too: same generous timeout as above.
  it('fails `npm run data:check` with exit code 1 and names the file, messenger and criterion', { timeout: SPAWN_TIMEOUT_MS }, () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/telegram.json', (m) => delete m.cells['e2ee-groups']))
    let failure: { status: number; stdout: string } | undefined
    try {
      execFileSync('npx', ['tsx', 'scripts/data-check.ts', dir], { encoding: 'utf8' })
    } catch (error) {
      failure = error as { status: number; stdout: string }
    }
    expect(failure?.status).toBe(1)
    expect(failure?.stdout).toContain('ERROR messengers/telegram.json, messenger "telegram", criterion "e2ee-groups": missing cell')
  })

  it('reports a source without an https URL', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/max.json', (m) => (m.cells['metadata'].sources[0].url = 'http://example.com/')))
    expect(errorsOf(dir).join('\n')).toMatch(
      /messengers\/max\.json, messenger "max", criterion "metadata": cells\.metadata\.sources\.0\.url/
    )
  })

  it('refuses an area with the id a link uses for every area', () => {
    const dir = brokenCopy((d) => editJson(d, 'criteria.json', (c) => (c.areas[0].id = 'all')))
    expect(errorsOf(dir).join('\n')).toContain('"all" is reserved')
  })

  it('reports a cell without sources', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/signal.json', (m) => (m.cells['backups'].sources = [])))
    expect(errorsOf(dir).join('\n')).toMatch(/messenger "signal", criterion "backups": cells\.backups\.sources/)
  })

  it('reports a missing language', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/whatsapp.json', (m) => delete m.cells['e2ee-calls'].notes.ru))
    expect(errorsOf(dir).join('\n')).toMatch(/messenger "whatsapp", criterion "e2ee-calls": cells\.e2ee-calls\.notes\.ru/)
  })

  it('reports Russian fields that are not Russian', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/whatsapp.json', (m) => (m.cells['backups'].summary.ru = 'Backups are optional.')))
    expect(errorsOf(dir).join('\n')).toContain('messenger "whatsapp", criterion "backups": summary.ru is not Russian text')
  })

  it('reports a review date in the future, or before the newest evidence was published', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'messengers/max.json', (m) => {
        m.cells['jurisdiction'].reviewed = '2999-01-01'
        m.cells['sign-up'].reviewed = '2000-01-01'
      })
    )
    const errors = errorsOf(dir).join('\n')
    expect(errors).toContain('messenger "max", criterion "jurisdiction": reviewed 2999-01-01 is in the future')
    expect(errors).toMatch(/messenger "max", criterion "sign-up": reviewed 2000-01-01 before its newest source was published/)
  })

  it('reports an unknown criterion, a mismatched id, a timeline link to no messenger, and bad JSON', () => {
    const dir = brokenCopy((d) => {
      editJson(d, 'messengers/signal.json', (m) => (m.cells['made-up'] = m.cells['backups']))
      editJson(d, 'messengers/max.json', (m) => (m.id = 'maxx'))
      editJson(d, 'timeline.json', (t) => (t.events[0].messengers = ['icq']))
      writeFileSync(join(d, 'methodology.json'), '{ "sections": [')
    })
    const errors = errorsOf(dir).join('\n')
    expect(errors).toContain('criterion "made-up": cell for a criterion that does not exist')
    expect(errors).toContain('messengers/max.json, messenger "maxx": id "maxx" does not match the file name')
    expect(errors).toMatch(/timeline\.json: event ".+": unknown messenger "icq"/)
    expect(errors).toMatch(/methodology\.json: not valid JSON/)
  })

  it('shows messengers in the order meta.json gives, references last, and refuses an order naming no messenger', () => {
    const reordered = brokenCopy((d) => editJson(d, 'meta.json', (m) => (m.messengerOrder = ['signal', 'max', 'whatsapp'])))
    // Unlisted messengers follow the listed ones by name: which ones they are depends on the data.
    const unlisted = loadDataDirectory(DATA_DIR, TODAY)
      .dataset!.messengers.filter((m) => !m.reference && !['max', 'whatsapp'].includes(m.id))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((m) => m.id)
    expect(unlisted).toContain('telegram')
    expect(loadDataDirectory(reordered, TODAY).dataset!.messengers.map((m) => m.id)).toEqual(['max', 'whatsapp', ...unlisted, 'signal'])
    const dangling = brokenCopy((d) => editJson(d, 'meta.json', (m) => m.messengerOrder.push('icq')))
    expect(errorsOf(dangling)).toContain('ERROR meta.json: messengerOrder: unknown messenger "icq"')
  })

  it('keeps the default selection, and refuses one naming no messenger', () => {
    expect(loadDataDirectory(DATA_DIR, TODAY).dataset!.defaultMessengers).toEqual(['whatsapp', 'telegram', 'max', 'signal'])
    const dangling = brokenCopy((d) => editJson(d, 'meta.json', (m) => m.defaultMessengers.push('icq')))
    expect(errorsOf(dangling)).toContain('ERROR meta.json: defaultMessengers: unknown messenger "icq"')
  })

  it("warns, without failing, about a cell not reviewed within its criterion's interval", () => {
    const reviewed = monthsBefore(TODAY, 7)
    const dir = brokenCopy((d) =>
      editJson(d, 'messengers/telegram.json', (m) => {
        m.cells['sign-up'].reviewed = reviewed
        for (const source of m.cells['sign-up'].sources) if (source.published > reviewed) source.published = reviewed.slice(0, 4)
      })
    )
    const { dataset, problems } = loadDataDirectory(dir, TODAY)
    expect(dataset).not.toBeNull()
    expect(problems.map(formatProblem)).toContain(
      `WARNING messengers/telegram.json, messenger "telegram", criterion "sign-up": not reviewed since ${reviewed}; its criterion is reviewed every 6 month(s)`
    )
  })
})

describe('ids that are also names on every object', () => {
  it('a messenger called "constructor" without a checklist, or a criterion called "constructor" without cells, is reported', () => {
    const dir = brokenCopy((d) => {
      const max = JSON.parse(readFileSync(join(d, 'messengers/max.json'), 'utf8'))
      max.id = 'constructor'
      writeFileSync(join(d, 'messengers/constructor.json'), JSON.stringify(max))
      editJson(d, 'criteria.json', (c) => c.criteria.push({ ...c.criteria[0], id: 'constructor' }))
    })
    const errors = errorsOf(dir).join('\n')
    expect(errors).toContain('messenger "constructor": no checklist for this messenger')
    expect(errors).toContain('messenger "whatsapp", criterion "constructor": missing cell')
  })
})
