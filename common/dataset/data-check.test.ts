// `npm run data:check` must pass on the real dataset and fail, precisely, on broken copies of it.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { looksEnglish, looksRussian } from './assemble'
import { monthsBefore } from './freshness'
import { formatProblem } from './problems'
import { loadDataDirectory, todayIso } from './read-directory'

const DATA_DIR = join(import.meta.dirname, '..', '..', 'data')
const TODAY = todayIso()
const copies: string[] = []

function brokenCopy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'mp-data-'))
  copies.push(dir)
  cpSync(DATA_DIR, dir, { recursive: true, filter: (src) => !/\.(ts|md)$/.test(src) })
  edit(dir)
  return dir
}

function editJson(dir: string, file: string, edit: (json: any) => void): void {
  const path = join(dir, file)
  const json = JSON.parse(readFileSync(path, 'utf8'))
  edit(json)
  writeFileSync(path, JSON.stringify(json, null, 2))
}

const errorsOf = (dir: string) =>
  loadDataDirectory(dir, TODAY).problems.filter((p) => p.severity === 'error').map(formatProblem)

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('the real dataset', () => {
  it('is valid: every messenger has every criterion, in both languages, with sources', () => {
    const { dataset, problems } = loadDataDirectory(DATA_DIR, TODAY)
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([])
    expect(dataset).not.toBeNull()
    expect(dataset!.messengers.map((m) => m.id)).toEqual(['whatsapp', 'telegram', 'max', 'signal'])
    expect(dataset!.messengers.filter((m) => m.reference).map((m) => m.id)).toEqual(['signal'])
    for (const messenger of dataset!.messengers)
      expect(Object.keys(messenger.cells).sort()).toEqual(dataset!.criteria.map((c) => c.id).sort())
  })

  it('keeps the criterion ids of the contract', () => {
    const { dataset } = loadDataDirectory(DATA_DIR, TODAY)
    expect(dataset!.criteria.map((c) => c.id)).toEqual([
      'e2ee-default-1to1', 'e2ee-groups', 'e2ee-calls', 'e2ee-desktop', 'protocol-scrutiny', 'backups', 'open-source', 'metadata', 'sign-up',
      'storage-location', 'ru-localisation-law', 'ori-registry', 'gov-access', 'jurisdiction',
      'availability-ru', 'restrictions', 'owner-status', 'state-mandates', 'user-risk'
    ])
  })

  it('passes `npm run data:check`', () => {
    const output = execFileSync('npx', ['tsx', 'scripts/data-check.ts'], { encoding: 'utf8' })
    expect(output).toMatch(/data:check OK: dataset \d+\.\d+\.\d+ .*4 messengers × 19 criteria = 76 cells/)
  })
})

describe('a broken copy of the dataset', () => {
  it('fails `npm run data:check` with exit code 1 and names the file, messenger and criterion', () => {
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
    expect(errorsOf(dir).join('\n')).toMatch(/messengers\/max\.json, messenger "max", criterion "metadata": cells\.metadata\.sources\.0\.url/)
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

  it('warns, without failing, about a cell not reviewed within its criterion\'s interval', () => {
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

describe('the publisher registry and strong sources', () => {
  const firstSource = (m: any, criterion: string) => m.cells[criterion].sources[0]

  it('refuses a source whose domain is not in the registry', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/max.json', (m) => (firstSource(m, 'metadata').url = 'https://unknown-news.example/story')))
    expect(errorsOf(dir).join('\n')).toContain('messenger "max", criterion "metadata": sources[0]: unknown-news.example is not in publishers.json')
  })

  it('refuses a hand-written kind or publisher on a source: they come from the registry', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/max.json', (m) => (firstSource(m, 'metadata').kind = 'vendor')))
    expect(errorsOf(dir).join('\n')).toMatch(/messenger "max", criterion "metadata": cells\.metadata\.sources\.0: Unrecognized key: "kind"/)
  })

  it('refuses "vendor" for a domain that is not one of that messenger\'s own sites (a mirror of its FAQ)', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'publishers.json', (r) => r.publishers.push({ domain: 'raw.example.org', name: { en: 'Telegram', ru: 'Telegram' }, kind: 'vendor', tier: 'primary', state: 'none', vendorOf: ['telegram'] }))
    )
    expect(errorsOf(dir).join('\n')).toContain("publishers.json: publisher \"raw.example.org\": is labelled vendor of telegram, but it is not one of telegram's officialDomains")
  })

  it('refuses a tier that does not fit the kind, a vendor without its messenger, and a duplicate domain', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'publishers.json', (r) => {
        r.publishers.find((p: any) => p.domain === 'meduza.io').kind = 'aggregator'
        delete r.publishers.find((p: any) => p.domain === 'signal.org').vendorOf
        r.publishers.push({ ...r.publishers.find((p: any) => p.domain === 'kommersant.ru') })
      })
    )
    const errors = errorsOf(dir).join('\n')
    expect(errors).toContain('publisher "meduza.io": tier "reputable" does not fit kind "aggregator" (weak)')
    expect(errors).toContain('publisher "signal.org": a vendor entry must name its messengers in vendorOf')
    expect(errors).toContain('publisher "kommersant.ru": duplicate domain')
  })

  it('refuses a cell, checklist item or event without a strong source', () => {
    const weak = { title: 'Copy', url: 'https://www1.ru/news/x', checked: '2026-11-24', copyOf: { publisher: 'TASS' } }
    const dir = brokenCopy((d) => {
      editJson(d, 'messengers/whatsapp.json', (m) => (m.cells['backups'].sources = [weak]))
      editJson(d, 'checklists.json', (c) => (c.checklists.signal[0].sources = [weak]))
      editJson(d, 'timeline.json', (t) => (t.events[0].sources = [weak]))
    })
    const errors = errorsOf(dir).join('\n')
    expect(errors).toContain('messenger "whatsapp", criterion "backups": no strong source')
    expect(errors).toMatch(/checklists\.json, messenger "signal": item ".+": no strong source/)
    expect(errors).toMatch(/timeline\.json: event ".+": no strong source/)
  })

  it('refuses an aggregator or mirror copy that does not name its original', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'messengers/telegram.json', (m) => m.cells['metadata'].sources.push({ title: 'Copy', url: 'https://raw.githubusercontent.com/x/y/faq.html', checked: '2026-11-24' }))
    )
    expect(errorsOf(dir).join('\n')).toMatch(/criterion "metadata": sources\[\d+\]: raw\.githubusercontent\.com is a mirror: name the original in copyOf/)
  })

  it('refuses a [described] title without a Russian version, and a Russian version that is not Russian', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'messengers/signal.json', (m) => {
        firstSource(m, 'backups').title = '[Signal help page on backups]'
        firstSource(m, 'metadata').title = { en: '[Signal on metadata]', ru: '[Signal on metadata]' }
      })
    )
    const errors = errorsOf(dir).join('\n')
    expect(errors).toContain('criterion "backups": sources[0].title is a [description]: give it in both languages')
    expect(errors).toContain('criterion "metadata": sources[0].title.ru is not Russian text')
  })

  it('refuses a dataset where aggregator and mirror copies are 5 % or more of all references', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'messengers/whatsapp.json', (m) => {
        for (const cell of Object.values<any>(m.cells))
          cell.sources.push({ title: 'Copy', url: 'https://www1.ru/news/x', checked: '2026-11-24', copyOf: { publisher: 'TASS' } })
      })
    )
    expect(errorsOf(dir).join('\n')).toMatch(/publishers\.json: aggregator and mirror copies are [\d.]+ % of \d+ references \(limit 5 %\)/)
  })
})

describe('two scales: protection and access', () => {
  it('puts availability, restrictions and state mandates on the access scale, everything else on protection', () => {
    const { dataset } = loadDataDirectory(DATA_DIR, TODAY)
    expect(dataset!.criteria.filter((c) => c.scale === 'access').map((c) => c.id)).toEqual(['availability-ru', 'restrictions', 'state-mandates'])
  })

  it('refuses a protection verdict on an access criterion ("Good" for "not blocked")', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/max.json', (m) => (m.cells['availability-ru'].verdict = 'good')))
    expect(errorsOf(dir).join('\n')).toContain('messenger "max", criterion "availability-ru": verdict "good" is not on the access scale (works, limited, blocked, unclear)')
  })

  it('refuses an access verdict on a protection criterion', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/signal.json', (m) => (m.cells['e2ee-calls'].verdict = 'works')))
    expect(errorsOf(dir).join('\n')).toContain('criterion "e2ee-calls": verdict "works" is not on the protection scale')
  })

  it('refuses an access criterion as a dealbreaker of a concern', () => {
    const dir = brokenCopy((d) => editJson(d, 'concerns.json', (c) => (c.concerns.find((x: any) => x.id === 'reach-family').essential = ['availability-ru'])))
    expect(errorsOf(dir).join('\n')).toContain('criterion "availability-ru": concern "reach-family": only protection criteria can be essential')
  })
})

describe('the bottom line ("In short")', () => {
  const inShortOf = (m: any, stance: string) => m.inShort.find((s: any) => s.stance === stance)

  it('fails when a sentence names a cell that does not exist', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/whatsapp.json', (m) => inShortOf(m, 'weakness').cells.push('made-up')))
    expect(errorsOf(dir).join('\n')).toContain('messenger "whatsapp": inShort[1] (weakness): names cells that do not exist: made-up')
  })

  it('fails when it says content is protected but a chat or call cell is not good', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/whatsapp.json', (m) => (m.cells['e2ee-calls'].verdict = 'mixed')))
    const errors = errorsOf(dir).join('\n')
    expect(errors).toContain('messenger "whatsapp": inShort[0] (content-protected): the cells of e2ee-default-1to1, e2ee-groups, e2ee-calls make this messenger "content-partly"')
  })

  it('fails when a messenger whose provider can read chats claims to protect them', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'messengers/max.json', (m) => {
        const sentence = inShortOf(m, 'content-exposed')
        sentence.stance = 'content-protected'
      })
    )
    expect(errorsOf(dir).join('\n')).toMatch(/messenger "max": inShort\[0\] \(content-protected\): the cells of .* make this messenger "content-exposed"/)
  })

  it('fails when it says the messenger works but its availability cell says blocked', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/signal.json', (m) => (inShortOf(m, 'access-blocked').stance = 'access-works')))
    expect(errorsOf(dir).join('\n')).toContain('messenger "signal": inShort[2] (access-works): availability-ru is rated "blocked", which is "access-blocked"')
  })

  it('fails when a strength names a weak cell, or a weakness a strong one', () => {
    const dir = brokenCopy((d) => {
      editJson(d, 'messengers/signal.json', (m) => inShortOf(m, 'strength').cells.push('sign-up'))
      editJson(d, 'messengers/whatsapp.json', (m) => inShortOf(m, 'weakness').cells.push('e2ee-groups'))
    })
    const errors = errorsOf(dir).join('\n')
    expect(errors).toContain('messenger "signal": inShort[1] (strength): a strength may name only protection cells rated good')
    expect(errors).toContain('messenger "whatsapp": inShort[1] (weakness): a weakness may name only protection cells rated poor or mixed')
  })

  it('fails without exactly one sentence on content and one on access', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/telegram.json', (m) => (m.inShort = m.inShort.filter((s: any) => !s.stance.startsWith('access-')))))
    expect(errorsOf(dir).join('\n')).toContain('messenger "telegram": inShort: needs exactly one sentence on whether it works in Russia')
  })

  it('fails when "the provider can read" names a cell that is not poor, or an access sentence names a protection cell', () => {
    const dir = brokenCopy((d) => {
      editJson(d, 'messengers/telegram.json', (m) => inShortOf(m, 'content-exposed').cells.push('e2ee-calls'))
      editJson(d, 'messengers/max.json', (m) => inShortOf(m, 'access-works').cells.push('metadata'))
    })
    const errors = errorsOf(dir).join('\n')
    expect(errors).toContain('messenger "telegram": inShort[0] (content-exposed): every cell it names must be a protection cell rated poor')
    expect(errors).toContain('messenger "max": inShort[2] (access-works): may name only access cells')
  })

  it('fails when an "uncertain" sentence names only known answers', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'messengers/signal.json', (m) => m.inShort.splice(2, 0, { stance: 'uncertain', cells: ['metadata'], text: { en: 'Not known.', ru: 'Неизвестно.' } }))
    )
    expect(errorsOf(dir).join('\n')).toContain('messenger "signal": inShort[2] (uncertain): an uncertain sentence must name at least one cell whose answer is not known')
  })

  it('fails when the headline criteria are on the wrong scale, or an essential criterion is not among a concern\'s criteria', () => {
    const dir = brokenCopy((d) => {
      editJson(d, 'criteria.json', (c) => (c.headline.access = 'metadata'))
      editJson(d, 'concerns.json', (c) => c.concerns.find((x: any) => x.id === 'private-calls').essential.push('metadata'))
    })
    const errors = errorsOf(dir).join('\n')
    expect(errors).toContain('criteria.json, criterion "metadata": headline.access: must be an existing access criterion')
    expect(errors).toContain('criterion "metadata": concern "private-calls": essential criterion is not among its criteria')
  })

  it('fails on a sentence too long for a card on the first screen', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/max.json', (m) => (m.inShort[1].text.en = 'x'.repeat(141))))
    expect(errorsOf(dir).join('\n')).toMatch(/messenger "max": inShort\.1\.text\.en: Too big/)
  })

  it('fails on a Russian sentence that is not Russian', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/max.json', (m) => (m.inShort[2].text.ru = 'Works without a VPN.')))
    expect(errorsOf(dir).join('\n')).toContain('messenger "max": inShort[2].text.ru is not Russian text')
  })
})

describe('language detection', () => {
  it('tells Russian from English, allowing Latin product names', () => {
    expect(looksRussian('Шифрование MTProto 2.0 — собственная разработка Telegram')).toBe(true)
    expect(looksRussian('Secret chats only')).toBe(false)
    expect(looksRussian('Meta Platforms, США')).toBe(true)
    expect(looksRussian('Telegram uses its own protocol, MTProto 2.0, with some Russian: да')).toBe(false)
    expect(looksEnglish('Uses the Signal Protocol')).toBe(true)
    expect(looksEnglish('Только секретные чаты')).toBe(false)
  })

  it('counts six months back across a year boundary', () => {
    expect(monthsBefore('2026-03-15', 6)).toBe('2025-09-15')
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
